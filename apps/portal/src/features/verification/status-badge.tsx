import { Badge, type BadgeTone } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import type { ApplicationStatus } from './verification-types'

const TONES: Record<ApplicationStatus, BadgeTone> = { pending: 'warning', rejected: 'danger', unverified: 'neutral' }

export function ApplicationStatusBadge({ status }: { status: ApplicationStatus }) {
  const { t } = useTranslation()
  return <Badge tone={TONES[status]}>{t(`verification.status.${status}`)}</Badge>
}
