import type { TRecordSummary } from '@medbook/contracts'
import { Badge, Card } from '@medbook/ui'
import { CalendarClock, ChevronRight, Stethoscope, UserRound } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { formatIsoDate } from './iso-date'

/** One shared record in the list: when, who, the diagnosis, and a follow-up if there is one. */
export function RecordCard({ record }: { record: TRecordSummary }) {
  const { t, i18n } = useTranslation()
  const language = i18n.resolvedLanguage ?? 'vi'
  const date = formatIsoDate(record.visitDate, language)
  const headingId = `record-${record.id}`
  return (
    <Card asChild className="flex flex-col gap-2 p-4 sm:p-5">
      <article aria-labelledby={headingId}>
        {record.version > 1 ? (
          <Badge tone="warning" className="self-start">
            {t('records.card.amended')}
          </Badge>
        ) : null}
        <h2 id={headingId} className="text-lg leading-snug font-semibold break-words text-ink">
          {t('records.card.title', { date })}
        </h2>
        <p className="flex items-start gap-1.5 text-sm text-ink-muted">
          <UserRound className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
          {t('records.card.person', { name: record.person.name })}
        </p>
        <p className="flex items-start gap-1.5 text-sm text-ink-muted">
          <Stethoscope className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
          <span className="min-w-0 break-words">
            {t('records.card.doctor', { name: record.doctorName, hospital: record.hospitalName })}
          </span>
        </p>
        <p className="text-base font-medium break-words text-ink">
          {record.diagnosis.length > 0 ? record.diagnosis.join('; ') : t('records.card.noDiagnosis')}
        </p>
        {record.followUpDate ? (
          <p className="flex items-start gap-1.5 text-sm font-medium text-primary-800">
            <CalendarClock className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
            {t('records.card.followUp', { date: formatIsoDate(record.followUpDate, language) })}
          </p>
        ) : null}
        <Link
          to={`/records/${record.id}`}
          aria-label={t('records.card.openFor', { date, name: record.person.name })}
          className="mt-1 inline-flex items-center gap-1 self-start text-sm font-semibold text-primary-700 underline-offset-4 hover:underline"
        >
          {t('records.card.open')}
          <ChevronRight className="size-4" aria-hidden="true" />
        </Link>
      </article>
    </Card>
  )
}
