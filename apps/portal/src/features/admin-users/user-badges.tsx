import type { TUserRole } from '@medbook/contracts'
import { Badge, type BadgeTone } from '@medbook/ui'
import { useTranslation } from 'react-i18next'

export type UserStatus = 'active' | 'inactive' | 'blocked'

const STATUS_TONES: Record<UserStatus, BadgeTone> = { active: 'success', inactive: 'neutral', blocked: 'danger' }
const ROLE_TONES: Record<TUserRole, BadgeTone> = {
  patient: 'outline',
  doctor: 'primary',
  hospital: 'accent',
  admin: 'warning',
}

export function StatusBadge({ status }: { status: UserStatus }) {
  const { t } = useTranslation()
  return <Badge tone={STATUS_TONES[status]}>{t(`users.status.${status}`)}</Badge>
}

export function RoleBadge({ role }: { role: TUserRole }) {
  const { t } = useTranslation()
  return <Badge tone={ROLE_TONES[role]}>{t(`roles.${role}`)}</Badge>
}
