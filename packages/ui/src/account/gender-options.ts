import { ZGender } from '@medbook/contracts'
import { useTranslation } from 'react-i18next'
import type { SelectOption } from '../components/select'

/** Radix Select reserves the empty value, so "not stated" has a name of its own. */
export const NOT_STATED = 'not-stated'

export type Gender = (typeof ZGender.options)[number]

export function useGenderOptions(): SelectOption[] {
  const { t } = useTranslation('ui')
  return [
    { value: NOT_STATED, label: t('account.gender.notStated') },
    ...ZGender.options.map((gender) => ({ value: gender, label: t(`account.gender.${gender}`) })),
  ]
}

export function toGender(value: string): Gender | null {
  const parsed = ZGender.safeParse(value)
  return parsed.success ? parsed.data : null
}

/** Today as YYYY-MM-DD in the reader's zone: the latest possible date of birth. */
export function todayIso(): string {
  const now = new Date()
  const month = String(now.getMonth() + 1).padStart(2, '0')
  const day = String(now.getDate()).padStart(2, '0')
  return `${now.getFullYear()}-${month}-${day}`
}

/** Empty date boxes mean "no date" (null), which the schemas accept; "" would not be a date. */
export const emptyAsNull = (value: unknown) => (value === '' || value === undefined ? null : value)
