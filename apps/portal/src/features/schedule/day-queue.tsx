import {
  Badge,
  formatPhone,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  useEnumLabel,
} from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { AppointmentActions } from './appointment-actions'
import { formatDay } from './schedule-dates'
import type { TScheduleEntry } from './schedule-types'
import { StatusBadge } from './status-badge'

interface DayQueueProps {
  date: string
  appointments: readonly TScheduleEntry[]
  showDoctor: boolean
  onCancel: (entry: TScheduleEntry) => void
}

/** The order patients are seen in: by time, then by queue number. */
export function sortQueue(appointments: readonly TScheduleEntry[]): TScheduleEntry[] {
  return [...appointments].sort(
    (a, b) =>
      a.startsAt.getTime() - b.startsAt.getTime() ||
      (a.queueNumber ?? Number.MAX_SAFE_INTEGER) - (b.queueNumber ?? Number.MAX_SAFE_INTEGER) ||
      a.doctor.name.localeCompare(b.doctor.name),
  )
}

export function DayQueue({ date, appointments, showDoctor, onCancel }: DayQueueProps) {
  const { t, i18n } = useTranslation()
  const enumLabel = useEnumLabel()
  return (
    <Table label={t('schedule.queueCaption', { date: formatDay(date, i18n.language) })}>
      <TableHead>
        <tr>
          <TableHeaderCell>{t('schedule.table.time')}</TableHeaderCell>
          <TableHeaderCell>{t('schedule.table.queue')}</TableHeaderCell>
          <TableHeaderCell>{t('schedule.table.patient')}</TableHeaderCell>
          {showDoctor ? <TableHeaderCell>{t('schedule.table.doctor')}</TableHeaderCell> : null}
          <TableHeaderCell>{t('schedule.table.reason')}</TableHeaderCell>
          <TableHeaderCell>{t('schedule.table.status')}</TableHeaderCell>
          <TableHeaderCell>{t('schedule.table.actions')}</TableHeaderCell>
        </tr>
      </TableHead>
      <TableBody>
        {sortQueue(appointments).map((entry) => (
          <TableRow
            key={entry.id}
            data-testid="queue-row"
            className={entry.status === 'cancelled' || entry.status === 'rescheduled' ? 'text-ink-muted' : undefined}
          >
            <TableCell className="font-medium whitespace-nowrap tabular-nums">
              {entry.startTime}–{entry.endTime}
              {entry.type === 'online' ? (
                <Badge tone="accent" className="ml-2">
                  {t('schedule.online')}
                </Badge>
              ) : null}
            </TableCell>
            <TableCell className="tabular-nums" data-testid="queue-number">
              {entry.queueNumber ?? '–'}
            </TableCell>
            <TableCell className="min-w-48">
              <div className="flex flex-wrap items-center gap-2">
                <span className="font-semibold text-ink">{entry.visitor.name}</span>
                {entry.patient.noShowCount > 0 ? (
                  <Badge tone="danger">{t('schedule.noShowBadge', { count: entry.patient.noShowCount })}</Badge>
                ) : null}
              </div>
              {entry.visitor.relationship ? (
                <p className="text-xs text-ink-muted">
                  {entry.patient.name} · {enumLabel('FamilyRelationship', entry.visitor.relationship)}
                </p>
              ) : null}
              <p className="text-sm text-ink-muted tabular-nums">
                {entry.patient.phoneNumber ? formatPhone(entry.patient.phoneNumber) : t('schedule.noPhone')}
              </p>
            </TableCell>
            {showDoctor ? <TableCell className="whitespace-nowrap">{entry.doctor.name}</TableCell> : null}
            <TableCell className="max-w-64 break-words">
              {entry.reasonForVisit ?? <span className="text-ink-muted">{t('schedule.noReason')}</span>}
            </TableCell>
            <TableCell>
              <StatusBadge status={entry.status} />
            </TableCell>
            <TableCell>
              <AppointmentActions entry={entry} onCancel={onCancel} />
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
