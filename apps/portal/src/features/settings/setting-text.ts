import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { Scalar, SchemaNode, ValuePath } from './schema-form/json-schema'
import type { FieldText, SchemaFormText } from './schema-form/schema-form-context'

/** The settings the portal has words for; a key added by a later API release shows with the API's text. */
const KNOWN_KEYS = [
  'booking.horizonDays',
  'booking.minimumNoticeMinutes',
  'booking.cancellationCutoffHours',
  'booking.prepaymentRequired',
  'booking.holdMinutes',
  'booking.waitlistClaimMinutes',
  'reminders.offsetsMinutes',
  'calendar.publicHolidays',
  'payments.prepayOnlineConsultations',
  'payments.refundPolicy',
  'payments.reconcileAfterMinutes',
  'payments.bankTransferAccount',
  'reviews.windowDays',
  'reviews.requireApproval',
  'reviews.autoApproveWithoutComment',
] as const
type KnownKey = (typeof KNOWN_KEYS)[number]

const LIST_KEYS = ['reminders.offsetsMinutes', 'calendar.publicHolidays'] as const
type ListKey = (typeof LIST_KEYS)[number]

/** settings counted in a unit (days, minutes, hours) */
const UNIT_KEYS = [
  'booking.horizonDays',
  'booking.minimumNoticeMinutes',
  'booking.cancellationCutoffHours',
  'booking.holdMinutes',
  'booking.waitlistClaimMinutes',
  'reminders.offsetsMinutes',
  'payments.reconcileAfterMinutes',
  'reviews.windowDays',
] as const
type UnitKey = (typeof UNIT_KEYS)[number]

const GROUPS = ['booking', 'payments', 'reviews', 'reminders', 'calendar'] as const
export type SettingGroup = (typeof GROUPS)[number] | 'other'

function isKnownKey(key: string): key is KnownKey {
  return (KNOWN_KEYS as readonly string[]).includes(key)
}

function isListKey(key: string): key is ListKey {
  return (LIST_KEYS as readonly string[]).includes(key)
}

function isUnitKey(key: string): key is UnitKey {
  return (UNIT_KEYS as readonly string[]).includes(key)
}

/** "booking.horizonDays" belongs to "booking". */
export function groupOf(key: string): SettingGroup {
  const prefix = key.split('.')[0]
  return GROUPS.find((group) => group === prefix) ?? 'other'
}

/** Label, description and unit of a setting, and of every part of its value, in the reader's language. */
export function useSettingText(key: string, serverDescription: string): { root: FieldText; form: SchemaFormText } {
  const { t } = useTranslation()
  return useMemo(() => {
    const root: FieldText = isKnownKey(key)
      ? {
          label: t(`settings.keys.${key}.label`),
          description: t(`settings.keys.${key}.description`),
          unit: isUnitKey(key) ? t(`settings.units.${key}`) : undefined,
        }
      : { label: key, description: serverDescription }
    const form: SchemaFormText = {
      field(path: ValuePath, node: SchemaNode): FieldText {
        const last = path.at(-1)
        if (typeof last === 'number') {
          const number = last + 1
          const label =
            path.length === 1 && isListKey(key)
              ? t(`settings.items.${key}`, { number })
              : t('schemaForm.item', { number })
          return { label, description: node.description, unit: root.unit }
        }
        const name = String(last ?? key)
        const known = t(`settings.fields.${name}`, { defaultValue: '' })
        return { label: known || node.title || name, description: node.description }
      },
      option(_path: ValuePath, value: Scalar): string {
        if (typeof value === 'boolean') return value ? t('settings.yes') : t('settings.no')
        return String(value)
      },
    }
    return { root, form }
  }, [key, serverDescription, t])
}
