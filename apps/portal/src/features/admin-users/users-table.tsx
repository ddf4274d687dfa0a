import type { ZUserSummary } from '@medbook/contracts'
import {
  buttonClassName,
  formatDateTime,
  formatPhone,
  Menu,
  MenuContent,
  MenuItem,
  MenuSeparator,
  MenuTrigger,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@medbook/ui'
import { Ban, CircleCheck, MoreHorizontal, PowerOff, ScrollText } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { z } from 'zod'
import { fullName } from '../auth/use-session'
import { type StatusAction, type StatusChange, statusChangesFor } from './status-actions'
import { RoleBadge, StatusBadge } from './user-badges'

export type UserSummary = z.infer<typeof ZUserSummary>

const ACTION_ICONS: Record<StatusAction, typeof Ban> = {
  block: Ban,
  deactivate: PowerOff,
  unblock: CircleCheck,
  reactivate: CircleCheck,
}
const COLUMN_COUNT = 6

interface UsersTableProps {
  users: readonly UserSummary[]
  loading: boolean
  /** the administrator's own id: their own status is not theirs to change */
  selfId: string | undefined
  onChangeStatus: (user: UserSummary, change: StatusChange) => void
}

function UserActions({
  user,
  onChangeStatus,
}: {
  user: UserSummary
  onChangeStatus: UsersTableProps['onChangeStatus']
}) {
  const { t } = useTranslation()
  const name = fullName(user)
  return (
    <Menu>
      <MenuTrigger className={buttonClassName('ghost', 'icon')} aria-label={t('users.actionsFor', { name })}>
        <MoreHorizontal className="size-5" aria-hidden="true" />
      </MenuTrigger>
      <MenuContent>
        {statusChangesFor(user.status).map((change) => {
          const Icon = ACTION_ICONS[change.action]
          const harmful = change.action === 'block' || change.action === 'deactivate'
          return (
            <MenuItem
              key={change.action}
              tone={harmful ? 'danger' : 'default'}
              onSelect={() => onChangeStatus(user, change)}
            >
              <Icon aria-hidden="true" />
              {t(`users.actions.${change.action}.menu`)}
            </MenuItem>
          )
        })}
        <MenuSeparator />
        <MenuItem asChild>
          <Link to={`/activity?userId=${user.id}`}>
            <ScrollText aria-hidden="true" />
            {t('users.viewActivity')}
          </Link>
        </MenuItem>
      </MenuContent>
    </Menu>
  )
}

export function UsersTable({ users, loading, selfId, onChangeStatus }: UsersTableProps) {
  const { t, i18n } = useTranslation()
  return (
    <Table label={t('users.table.caption')} aria-busy={loading || undefined}>
      <TableHead>
        <tr>
          <TableHeaderCell>{t('users.table.user')}</TableHeaderCell>
          <TableHeaderCell>{t('users.table.role')}</TableHeaderCell>
          <TableHeaderCell>{t('users.table.status')}</TableHeaderCell>
          <TableHeaderCell>{t('users.table.verified')}</TableHeaderCell>
          <TableHeaderCell>{t('users.table.lastLogin')}</TableHeaderCell>
          <TableHeaderCell>
            <span className="sr-only">{t('users.table.actions')}</span>
          </TableHeaderCell>
        </tr>
      </TableHead>
      <TableBody>
        {loading
          ? Array.from({ length: 8 }, (_, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
              <TableRow key={index} aria-hidden="true">
                {Array.from({ length: COLUMN_COUNT }, (_, column) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
                  <TableCell key={column}>
                    <Skeleton className={column === 0 ? 'h-4 w-48' : 'h-4 w-16'} />
                  </TableCell>
                ))}
              </TableRow>
            ))
          : users.map((user) => (
              <TableRow key={user.id}>
                <TableCell className="min-w-60">
                  <p className="font-semibold text-ink">{fullName(user)}</p>
                  <p className="mt-0.5 break-all text-ink-muted">{user.email ?? formatPhone(user.phoneNumber ?? '')}</p>
                </TableCell>
                <TableCell>
                  <RoleBadge role={user.role} />
                </TableCell>
                <TableCell>
                  <StatusBadge status={user.status} />
                </TableCell>
                <TableCell className="whitespace-nowrap">
                  {user.verificationStatus ? t('users.verified') : t('users.unverified')}
                </TableCell>
                <TableCell className="whitespace-nowrap">
                  {user.lastLogin ? formatDateTime(user.lastLogin, i18n.language) : t('users.neverLoggedIn')}
                </TableCell>
                <TableCell className="text-right">
                  {user.id === selfId ? (
                    <span className="text-xs text-ink-muted">{t('users.you')}</span>
                  ) : (
                    <UserActions user={user} onChangeStatus={onChangeStatus} />
                  )}
                </TableCell>
              </TableRow>
            ))}
      </TableBody>
    </Table>
  )
}
