import type { ZUserSummary } from '@medbook/contracts'
import {
  buttonClassName,
  DataTable,
  dataColumnHelper,
  formatDateTime,
  formatPhone,
  fullName,
  Menu,
  MenuContent,
  MenuItem,
  MenuSeparator,
  MenuTrigger,
  PLATFORM_TIME_ZONE,
} from '@medbook/ui'
import { ArrowDown, Ban, CircleCheck, MessageCircle, MoreHorizontal, PowerOff, ScrollText, UserCog } from 'lucide-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { z } from 'zod'
import { useStartConversation } from '../messages/use-start-conversation'
import { type StatusAction, type StatusChange, statusChangesFor } from './status-actions'
import { RoleBadge, StatusBadge } from './user-badges'

export type UserSummary = z.infer<typeof ZUserSummary>

const ACTION_ICONS: Record<StatusAction, typeof Ban> = {
  block: Ban,
  deactivate: PowerOff,
  unblock: CircleCheck,
  reactivate: CircleCheck,
}
/** the API lists accounts newest first; the table says so and leaves the order to it */
const SERVER_ORDER = { sorting: [{ id: 'createdAt', desc: true }], onSortingChange: () => {} }

interface UsersTableProps {
  users: readonly UserSummary[]
  loading: boolean
  /** the administrator's own id: their own status and role are not theirs to change */
  selfId: string | undefined
  onChangeStatus: (user: UserSummary, change: StatusChange) => void
  onChangeRole: (user: UserSummary) => void
}

function UserActions({
  user,
  onChangeStatus,
  onChangeRole,
}: {
  user: UserSummary
  onChangeStatus: UsersTableProps['onChangeStatus']
  onChangeRole: UsersTableProps['onChangeRole']
}) {
  const { t } = useTranslation()
  const name = fullName(user)
  const startConversation = useStartConversation()
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
        <MenuItem onSelect={() => onChangeRole(user)}>
          <UserCog aria-hidden="true" />
          {t('users.roleChange.menu')}
        </MenuItem>
        <MenuSeparator />
        <MenuItem onSelect={() => startConversation.mutate({ with: 'user', userId: user.id })}>
          <MessageCircle aria-hidden="true" />
          {t('conversations.messageUser')}
        </MenuItem>
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

const column = dataColumnHelper<UserSummary>()

export function UsersTable({ users, loading, selfId, onChangeStatus, onChangeRole }: UsersTableProps) {
  const { t, i18n } = useTranslation()
  const columns = useMemo(
    () =>
      column.columns([
        column.accessor((user) => fullName(user), {
          id: 'user',
          header: t('users.table.user'),
          enableSorting: false,
          cell: ({ row }) => (
            <>
              <p className="font-semibold text-ink">{fullName(row.original)}</p>
              <p className="mt-0.5 break-all text-ink-muted">
                {row.original.email ?? formatPhone(row.original.phoneNumber ?? '')}
              </p>
            </>
          ),
          meta: { className: 'min-w-60' },
        }),
        column.accessor('role', {
          header: t('users.table.role'),
          enableSorting: false,
          cell: ({ getValue }) => <RoleBadge role={getValue()} />,
        }),
        column.accessor('status', {
          header: t('users.table.status'),
          enableSorting: false,
          cell: ({ getValue }) => <StatusBadge status={getValue()} />,
        }),
        column.accessor('verificationStatus', {
          header: t('users.table.verified'),
          enableSorting: false,
          cell: ({ getValue }) => (getValue() ? t('users.verified') : t('users.unverified')),
          meta: { className: 'whitespace-nowrap' },
        }),
        column.accessor('lastLogin', {
          header: t('users.table.lastLogin'),
          enableSorting: false,
          cell: ({ getValue }) => {
            const value = getValue()
            return value ? formatDateTime(value, i18n.language, PLATFORM_TIME_ZONE) : t('users.neverLoggedIn')
          },
          meta: { className: 'whitespace-nowrap' },
        }),
        column.accessor('createdAt', {
          header: () => (
            <span className="inline-flex items-center gap-1" title={t('users.newestFirst')}>
              {t('users.table.created')}
              <ArrowDown className="size-3.5" aria-hidden="true" />
            </span>
          ),
          enableSorting: false,
          cell: ({ getValue }) => formatDateTime(getValue(), i18n.language, PLATFORM_TIME_ZONE),
          meta: { className: 'whitespace-nowrap' },
        }),
        column.display({
          id: 'actions',
          header: () => <span className="sr-only">{t('users.table.actions')}</span>,
          cell: ({ row }) =>
            row.original.id === selfId ? (
              <span className="text-xs text-ink-muted">{t('users.you')}</span>
            ) : (
              <UserActions user={row.original} onChangeStatus={onChangeStatus} onChangeRole={onChangeRole} />
            ),
          meta: { className: 'text-right' },
        }),
      ]),
    [t, i18n.language, selfId, onChangeStatus, onChangeRole],
  )
  return (
    <DataTable
      label={t('users.table.caption')}
      columns={columns}
      data={users}
      loading={loading}
      getRowId={(user) => user.id}
      manualSorting={SERVER_ORDER}
      // the page shows its own empty state, with a way to clear the filters
      empty={null}
    />
  )
}
