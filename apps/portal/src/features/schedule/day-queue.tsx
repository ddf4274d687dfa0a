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
import { MessagePatientButton } from '../messages/message-patient-button'
import { AppointmentActions } from './appointment-actions'
import { DeliveryWarning } from './delivery-warning'
import { PaymentCell } from './payment-cell'
import { RecordCell } from './record-cell'
import { formatDay } from './schedule-dates'
import type { TScheduleEntry } from './schedule-types'
import { StatusBadge } from './status-badge'
import { useDeliveryFailures } from './use-delivery-failures'

interface DayQueueProps {
  date: string
  appointments: readonly TScheduleEntry[]
  showDoctor: boolean
  onCancel: (entry: TScheduleEntry) => void
  /** staff take payments at the desk; null for doctors */
  onTakePayment: ((entry: TScheduleEntry) => void) | null
  /** a doctor opens the records of their visits; staff only see that one exists */
  isDoctor: boolean
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

export function DayQueue({ date, appointments, showDoctor, onCancel, onTakePayment, isDoctor }: DayQueueProps) {
  const { t, i18n } = useTranslation()
  const enumLabel = useEnumLabel()
  // staff (who take payments) are told when a patient's notice about a visit did not arrive
  const undelivered = useDeliveryFailures(
    appointments.map((entry) => entry.id),
    onTakePayment !== null,
  )
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
              {undelivered.has(entry.id) ? <DeliveryWarning types={undelivered.get(entry.id) ?? []} /> : null}
            </TableCell>
            {showDoctor ? <TableCell className="whitespace-nowrap">{entry.doctor.name}</TableCell> : null}
            <TableCell className="max-w-64 break-words">
              {entry.reasonForVisit ?? <span className="text-ink-muted">{t('schedule.noReason')}</span>}
            </TableCell>
            <TableCell>
              <div className="flex flex-col items-start gap-2">
                <StatusBadge status={entry.status} />
                <PaymentCell entry={entry} onTakePayment={onTakePayment} />
              </div>
            </TableCell>
            <TableCell>
              <div className="flex flex-col items-start gap-2">
                <AppointmentActions entry={entry} onCancel={onCancel} />
                <RecordCell entry={entry} isDoctor={isDoctor} />
                <MessagePatientButton appointmentId={entry.id} name={entry.visitor.name} />
              </div>
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  )
}
