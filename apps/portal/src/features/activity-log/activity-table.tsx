import type { ZActivityLogEntry } from '@medbook/contracts'
import { DataTable, dataColumnHelper, formatDateTime, PLATFORM_TIME_ZONE } from '@medbook/ui'
import { ArrowDown } from 'lucide-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { RoleBadge } from '../admin-users/user-badges'
import { isKnownAction } from './activity-actions'
import { ActivityDetails } from './activity-details'

type ActivityEntry = z.infer<typeof ZActivityLogEntry>

/** the API lists the log newest first (cursor pages); the table says so and leaves the order to it */
const SERVER_ORDER = { sorting: [{ id: 'timestamp', desc: true }], onSortingChange: () => {} }

function ActionLabel({ action }: { action: string }) {
  const { t } = useTranslation()
  return isKnownAction(action) ? t(`activity.actions.${action}`) : <code className="text-xs">{action}</code>
}

interface ActivityTableProps {
  entries: readonly ActivityEntry[]
  loading: boolean
}

const column = dataColumnHelper<ActivityEntry>()

export function ActivityTable({ entries, loading }: ActivityTableProps) {
  const { t, i18n } = useTranslation()
  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('timestamp', {
          header: () => (
            <span className="inline-flex items-center gap-1" title={t('activity.newestFirst')}>
              {t('activity.table.time')}
              <ArrowDown className="size-3.5" aria-hidden="true" />
            </span>
          ),
          enableSorting: false,
          cell: ({ getValue }) => formatDateTime(getValue(), i18n.language, PLATFORM_TIME_ZONE),
          meta: { className: 'whitespace-nowrap tabular-nums' },
        }),
        column.accessor('userName', {
          header: t('activity.table.user'),
          enableSorting: false,
          cell: ({ row }) => (
            <>
              <p className="font-medium text-ink">{row.original.userName ?? t('activity.anonymous')}</p>
              {row.original.userRole ? <RoleBadge role={row.original.userRole} /> : null}
            </>
          ),
          meta: { className: 'min-w-44' },
        }),
        column.accessor('action', {
          header: t('activity.table.action'),
          enableSorting: false,
          cell: ({ getValue }) => <ActionLabel action={getValue()} />,
          meta: { className: 'min-w-40 font-medium' },
        }),
        column.accessor('details', {
          header: t('activity.table.details'),
          enableSorting: false,
          cell: ({ getValue }) => <ActivityDetails details={getValue()} />,
          meta: { className: 'min-w-56' },
        }),
        column.accessor('ipAddress', {
          header: t('activity.table.origin'),
          enableSorting: false,
          cell: ({ row }) => (
            <>
              <p className="tabular-nums">{row.original.ipAddress ?? '—'}</p>
              {row.original.userAgent ? (
                <p className="truncate text-xs" title={row.original.userAgent}>
                  {row.original.userAgent}
                </p>
              ) : null}
            </>
          ),
          meta: { className: 'max-w-56 text-ink-muted' },
        }),
      ]),
    [t, i18n.language],
  )
  return (
    <DataTable
      label={t('activity.table.caption')}
      columns={columns}
      data={entries}
      loading={loading}
      getRowId={(entry) => entry.id}
      manualSorting={SERVER_ORDER}
      // the page shows its own empty state, with a way to clear the filters
      empty={null}
    />
  )
}
