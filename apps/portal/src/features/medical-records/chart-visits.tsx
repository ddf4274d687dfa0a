import { type TPatientChart, ZAppointmentStatus } from '@medbook/contracts'
import {
  Badge,
  formatDate,
  SectionCard,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  useEnumLabel,
} from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

interface ChartVisitsProps {
  visits: TPatientChart['visits']
  records: TPatientChart['records']
  patientId: string
  familyMemberId: string | null
}

/** The person's visits at this hospital, newest first, each with its record when one was written. */
export function ChartVisits({ visits, records, patientId, familyMemberId }: ChartVisitsProps) {
  const { t, i18n } = useTranslation()
  const enumLabel = useEnumLabel()
  const diagnosisOf = new Map(records.map((record) => [record.id, record.diagnosis]))
  const who = new URLSearchParams({ patient: patientId, ...(familyMemberId ? { member: familyMemberId } : {}) })
  return (
    <SectionCard title={t('chart.visits')}>
      {visits.length === 0 ? (
        <p className="text-sm text-ink-muted">{t('chart.noVisits')}</p>
      ) : (
        <Table label={t('chart.visits')}>
          <TableHead>
            <tr>
              <TableHeaderCell>{t('chart.table.date')}</TableHeaderCell>
              <TableHeaderCell>{t('chart.table.doctor')}</TableHeaderCell>
              <TableHeaderCell>{t('chart.table.reason')}</TableHeaderCell>
              <TableHeaderCell>{t('chart.table.status')}</TableHeaderCell>
              <TableHeaderCell>{t('chart.table.record')}</TableHeaderCell>
            </tr>
          </TableHead>
          <TableBody>
            {visits.map((visit) => (
              <TableRow key={visit.appointmentId} data-testid="chart-visit">
                <TableCell className="whitespace-nowrap tabular-nums">
                  {formatDate(new Date(`${visit.date}T00:00:00Z`), i18n.language, 'UTC')}
                </TableCell>
                <TableCell className="whitespace-nowrap">{visit.doctorName}</TableCell>
                <TableCell className="max-w-64 break-words">
                  {visit.reasonForVisit ?? <span className="text-ink-muted">{t('chart.noReason')}</span>}
                </TableCell>
                <TableCell>
                  <Badge>
                    {ZAppointmentStatus.safeParse(visit.status).success
                      ? enumLabel('AppointmentStatus', ZAppointmentStatus.parse(visit.status))
                      : visit.status}
                  </Badge>
                </TableCell>
                <TableCell>
                  {visit.recordId ? (
                    <div className="flex flex-col gap-1">
                      <Link
                        to={`/schedule/visits/${visit.appointmentId}/record?${who.toString()}`}
                        className="text-sm font-medium text-primary-700 underline"
                      >
                        {t('chart.openRecord', {
                          date: formatDate(new Date(`${visit.date}T00:00:00Z`), i18n.language, 'UTC'),
                        })}
                      </Link>
                      {diagnosisOf.get(visit.recordId)?.length ? (
                        <span className="text-sm text-ink-muted">{diagnosisOf.get(visit.recordId)?.join('; ')}</span>
                      ) : null}
                    </div>
                  ) : visit.canWriteRecord ? (
                    <Link
                      to={`/schedule/visits/${visit.appointmentId}/record?${who.toString()}`}
                      className="text-sm font-medium text-primary-700 underline"
                    >
                      {t('chart.writeRecord', {
                        date: formatDate(new Date(`${visit.date}T00:00:00Z`), i18n.language, 'UTC'),
                      })}
                    </Link>
                  ) : (
                    <span className="text-sm text-ink-muted">{t('chart.noRecord')}</span>
                  )}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </SectionCard>
  )
}
