import {
  Badge,
  Button,
  type DataColumnDef,
  DataTable,
  dataColumnHelper,
  EmptyState,
  formatDate,
  formatDateTime,
  PLATFORM_TIME_ZONE,
} from '@medbook/ui'
import { MailPlus } from 'lucide-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { type Invitation, invitationStatus, STATUS_TONES } from './invitation-status'

const column = dataColumnHelper<Invitation>()

interface InvitationsTableProps {
  invitations: readonly Invitation[]
  onRevoke: (invitation: Invitation) => void
}

export function InvitationsTable({ invitations, onRevoke }: InvitationsTableProps) {
  const { t, i18n } = useTranslation()
  const columns = useMemo(
    () =>
      [
        column.accessor('email', {
          header: t('invitations.table.email'),
          sortFn: 'text',
          cell: (info) => <span className="font-medium break-all">{info.getValue()}</span>,
          meta: { className: 'min-w-56' },
        }),
        column.accessor((row) => t(`invitations.status.${invitationStatus(row)}`), {
          id: 'status',
          header: t('invitations.table.status'),
          sortFn: 'text',
          cell: (info) => <Badge tone={STATUS_TONES[invitationStatus(info.row.original)]}>{info.getValue()}</Badge>,
        }),
        column.accessor('createdAt', {
          header: t('invitations.table.sent'),
          sortFn: 'datetime',
          cell: (info) => formatDateTime(info.getValue(), i18n.language, PLATFORM_TIME_ZONE),
          meta: { className: 'whitespace-nowrap' },
        }),
        column.accessor((row) => row.acceptedAt ?? row.expiresAt, {
          id: 'expires',
          header: t('invitations.table.expires'),
          sortFn: 'datetime',
          cell: (info) => {
            const { acceptedAt, expiresAt } = info.row.original
            return acceptedAt
              ? t('invitations.acceptedOn', { date: formatDate(acceptedAt, i18n.language, PLATFORM_TIME_ZONE) })
              : formatDate(expiresAt, i18n.language, PLATFORM_TIME_ZONE)
          },
          meta: { className: 'whitespace-nowrap' },
        }),
        column.display({
          id: 'actions',
          header: () => <span className="sr-only">{t('invitations.table.actions')}</span>,
          cell: (info) =>
            invitationStatus(info.row.original) === 'pending' ? (
              <Button variant="ghost" size="sm" className="text-danger-700" onClick={() => onRevoke(info.row.original)}>
                {t('invitations.revoke')}
                <span className="sr-only"> {info.row.original.email}</span>
              </Button>
            ) : null,
          meta: { className: 'text-right' },
        }),
      ] as DataColumnDef<Invitation>[],
    [t, i18n.language, onRevoke],
  )

  return (
    <DataTable
      label={t('invitations.table.caption')}
      columns={columns}
      data={invitations}
      initialSorting={[{ id: 'createdAt', desc: true }]}
      pageSize={20}
      getRowId={(row) => row.id}
      empty={<EmptyState icon={MailPlus} className="rounded-none border-0" title={t('invitations.emptyTitle')} />}
    />
  )
}
