import type { TMedicalRecord } from '@medbook/contracts'
import { Badge, Button, Card, EmptyState, ErrorState, Notice, readServerError, Skeleton } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { ArrowLeft, CalendarPlus, FileDown, FileX2 } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useTRPC } from '../../lib/trpc'
import { RequirePatient } from '../auth/require-patient'
import { doctorSlotsPath } from '../booking/booking-path'
import { UUID } from '../booking/route-params'
import { AmendmentHistory } from './amendment-history'
import { formatIsoDate } from './iso-date'
import { RecordContent } from './record-content'

export function RecordPage() {
  return (
    <RequirePatient>
      <Record />
    </RequirePatient>
  )
}

function BackToRecords() {
  const { t } = useTranslation()
  return (
    <Link
      to="/records"
      className="inline-flex items-center gap-1.5 text-sm font-semibold text-primary-700 underline-offset-4 hover:underline"
    >
      <ArrowLeft className="size-4" aria-hidden="true" />
      {t('records.detail.back')}
    </Link>
  )
}

function Record() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const { recordId = '' } = useParams()
  const valid = UUID.test(recordId)
  const record = useQuery({ ...trpc.medicalRecords.get.queryOptions({ id: recordId }), enabled: valid })

  // not found, not shared, or not the patient's: one answer, so ids cannot be probed
  if (!valid || readServerError(record.error).code === 'NOT_FOUND') {
    return (
      <div className="mx-auto max-w-lg px-4 py-16">
        <h1 className="sr-only">{t('records.detail.notFoundTitle')}</h1>
        <EmptyState
          icon={FileX2}
          title={t('records.detail.notFoundTitle')}
          description={t('records.detail.notFound')}
          action={
            <Button asChild variant="secondary">
              <Link to="/records">{t('records.detail.back')}</Link>
            </Button>
          }
        />
      </div>
    )
  }

  return (
    <div className="mx-auto max-w-3xl px-4 py-5 sm:px-6 sm:py-8">
      <BackToRecords />
      {record.isError ? (
        <div className="mt-6">
          <h1 className="sr-only">{t('records.detail.errorTitle')}</h1>
          <ErrorState
            title={t('records.detail.errorTitle')}
            onRetry={() => void record.refetch()}
            retrying={record.isRefetching}
          />
        </div>
      ) : !record.data ? (
        <div className="mt-4 flex flex-col gap-4" aria-busy="true">
          <Skeleton className="h-10 w-2/3 rounded-lg" />
          <Skeleton className="h-80 rounded-2xl" />
        </div>
      ) : (
        <RecordDetail record={record.data} />
      )}
    </div>
  )
}

function RecordDetail({ record }: { record: TMedicalRecord }) {
  const { t, i18n } = useTranslation()
  const language = i18n.resolvedLanguage ?? 'vi'
  const lang = language === 'en' ? 'en' : 'vi'
  const date = formatIsoDate(record.visitDate, language)
  const facts = [
    { label: t('records.detail.person'), value: record.person.name },
    { label: t('records.detail.doctor'), value: record.doctor.name },
    { label: t('records.detail.hospital'), value: record.hospital.name },
    { label: t('records.detail.visitDate'), value: date },
  ]
  return (
    <div className="mt-4 flex flex-col gap-5">
      <div>
        <Badge tone={record.version > 1 ? 'warning' : 'neutral'}>
          {t('records.detail.version', { version: record.version })}
        </Badge>
        <h1 className="mt-2 text-2xl leading-tight font-bold tracking-tight text-ink sm:text-3xl">
          {t('records.detail.title', { date })}
        </h1>
      </div>

      <Card className="p-4 sm:p-5">
        <dl className="grid grid-cols-1 gap-3 sm:grid-cols-2">
          {facts.map((fact) => (
            <div key={fact.label} className="min-w-0">
              <dt className="text-sm text-ink-muted">{fact.label}</dt>
              <dd className="text-base font-medium break-words text-ink">{fact.value}</dd>
            </div>
          ))}
        </dl>
        <a
          href={`/files/medical-records/${record.id}.pdf?lang=${lang}`}
          target="_blank"
          rel="noopener"
          className="mt-4 inline-flex items-center gap-1.5 text-sm font-semibold text-primary-700 underline-offset-4 hover:underline"
        >
          <FileDown className="size-4" aria-hidden="true" />
          {t('records.detail.downloadPdf')}
        </a>
      </Card>

      {record.followUpDate ? (
        <Notice
          title={t('records.detail.followUpTitle')}
          action={
            <Button asChild size="lg">
              <Link to={doctorSlotsPath({ doctorId: record.doctor.id, date: record.followUpDate, type: 'in_person' })}>
                <CalendarPlus aria-hidden="true" />
                {t('records.detail.bookFollowUp')}
              </Link>
            </Button>
          }
        >
          {t('records.detail.followUpOn', { date: formatIsoDate(record.followUpDate, language) })}
        </Notice>
      ) : null}

      {record.version > 1 ? <Notice tone="warning">{t('records.detail.amendedNotice')}</Notice> : null}

      <RecordContent content={record} level={2} idPrefix="record" />

      {record.version > 1 ? <AmendmentHistory recordId={record.id} /> : null}
    </div>
  )
}
