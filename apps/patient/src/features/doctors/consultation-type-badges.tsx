import type { TConsultationType } from '@medbook/contracts'
import { Badge } from '@medbook/ui'
import { Building2, Video } from 'lucide-react'
import { useTranslation } from 'react-i18next'

export function ConsultationTypeBadge({ type }: { type: TConsultationType }) {
  const { t } = useTranslation()
  const Icon = type === 'online' ? Video : Building2
  return (
    <Badge tone={type === 'online' ? 'accent' : 'primary'}>
      <Icon aria-hidden="true" />
      {t(`doctors.types.${type}`)}
    </Badge>
  )
}
