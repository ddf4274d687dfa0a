import type { THospitalSummary } from '@medbook/contracts'
import { Badge } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { useLocalizedName, useSortedByLocalizedName } from '../specialties/use-localized-name'

interface SpecialtyChipsProps {
  specialties: THospitalSummary['specialties']
  /** show this many, then "+N more" */
  limit?: number
}

export function SpecialtyChips({ specialties, limit = Number.POSITIVE_INFINITY }: SpecialtyChipsProps) {
  const { t } = useTranslation()
  const localizedName = useLocalizedName()
  const sortedByName = useSortedByLocalizedName()
  const shown = sortedByName(specialties).slice(0, limit)
  const hidden = specialties.length - shown.length
  return (
    <ul aria-label={t('hospitals.specialtiesLabel')} className="flex flex-wrap gap-1.5">
      {shown.map((specialty) => (
        <li key={specialty.id}>
          <Badge tone="neutral">{localizedName(specialty)}</Badge>
        </li>
      ))}
      {hidden > 0 ? (
        <li>
          <Badge tone="outline">{t('hospitals.moreSpecialties', { count: hidden })}</Badge>
        </li>
      ) : null}
    </ul>
  )
}
