import type { ZActivityLogEntry } from '@medbook/contracts'
import {
  formatDateTime,
  Skeleton,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { RoleBadge } from '../admin-users/user-badges'
import { isKnownAction } from './activity-actions'
import { ActivityDetails } from './activity-details'

type ActivityEntry = z.infer<typeof ZActivityLogEntry>
const COLUMN_COUNT = 5

function ActionLabel({ action }: { action: string }) {
  const { t } = useTranslation()
  return isKnownAction(action) ? t(`activity.actions.${action}`) : <code className="text-xs">{action}</code>
}

interface ActivityTableProps {
  entries: readonly ActivityEntry[]
  loading: boolean
}

export function ActivityTable({ entries, loading }: ActivityTableProps) {
  const { t, i18n } = useTranslation()
  return (
    <Table label={t('activity.table.caption')} aria-busy={loading || undefined}>
      <TableHead>
        <tr>
          <TableHeaderCell>{t('activity.table.time')}</TableHeaderCell>
          <TableHeaderCell>{t('activity.table.user')}</TableHeaderCell>
          <TableHeaderCell>{t('activity.table.action')}</TableHeaderCell>
          <TableHeaderCell>{t('activity.table.details')}</TableHeaderCell>
          <TableHeaderCell>{t('activity.table.origin')}</TableHeaderCell>
        </tr>
      </TableHead>
      <TableBody>
        {loading
          ? Array.from({ length: 10 }, (_, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
              <TableRow key={index} aria-hidden="true">
                {Array.from({ length: COLUMN_COUNT }, (_, column) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
                  <TableCell key={column}>
                    <Skeleton className="h-4 w-24" />
                  </TableCell>
                ))}
              </TableRow>
            ))
          : entries.map((entry) => (
              <TableRow key={entry.id}>
                <TableCell className="whitespace-nowrap tabular-nums">
                  {formatDateTime(entry.timestamp, i18n.language)}
                </TableCell>
                <TableCell className="min-w-44">
                  <p className="font-medium text-ink">{entry.userName ?? t('activity.anonymous')}</p>
                  {entry.userRole ? <RoleBadge role={entry.userRole} /> : null}
                </TableCell>
                <TableCell className="min-w-40 font-medium">
                  <ActionLabel action={entry.action} />
                </TableCell>
                <TableCell className="min-w-56">
                  <ActivityDetails details={entry.details} />
                </TableCell>
                <TableCell className="max-w-56 text-ink-muted">
                  <p className="tabular-nums">{entry.ipAddress ?? '—'}</p>
                  {entry.userAgent ? (
                    <p className="truncate text-xs" title={entry.userAgent}>
                      {entry.userAgent}
                    </p>
                  ) : null}
                </TableCell>
              </TableRow>
            ))}
      </TableBody>
    </Table>
  )
}
