import type { THospitalSummary } from '@medbook/contracts'
import { Badge, type BadgeTone } from '@medbook/ui'
import { useTranslation } from 'react-i18next'

const TONE: Record<THospitalSummary['type'], BadgeTone> = {
  hospital: 'primary',
  clinic: 'accent',
  specialized_center: 'warning',
}

export function HospitalTypeBadge({ type }: { type: THospitalSummary['type'] }) {
  const { t } = useTranslation()
  return <Badge tone={TONE[type]}>{t(`hospitals.type.${type}`)}</Badge>
}
