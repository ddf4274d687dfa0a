import { ErrorState, Spinner } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useParams, useSearchParams } from 'react-router'
import { useTRPC } from '../../lib/trpc'
import { RecordEditor } from './record-editor'

/**
 * The record of one visit, for its doctor: opened from the day's queue (?patient=&member= say
 * whose visit it is before a record exists) or from the patient's chart.
 */
export function RecordEditorPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const { appointmentId = '' } = useParams()
  const [search] = useSearchParams()
  const existence = useQuery(trpc.medicalRecords.forAppointment.queryOptions({ appointmentId }))
  const recordId = existence.data?.id ?? null
  const record = useQuery({
    ...trpc.medicalRecords.get.queryOptions({ id: recordId ?? '' }),
    enabled: recordId !== null,
  })
  const patientId = record.data?.person.patientId ?? search.get('patient')
  const familyMemberId = record.data ? record.data.person.familyMemberId : search.get('member')
  const chart = useQuery({
    ...trpc.medicalRecords.chart.queryOptions({
      patientId: patientId ?? '',
      ...(familyMemberId ? { familyMemberId } : {}),
    }),
    enabled: Boolean(patientId) && (recordId === null || record.isSuccess),
  })

  const failed = existence.isError || record.isError || chart.isError
  if (failed) {
    return (
      <ErrorState
        title={t('records.loadError')}
        onRetry={() => {
          void existence.refetch()
          if (recordId) void record.refetch()
          if (patientId) void chart.refetch()
        }}
      />
    )
  }
  if (!existence.data || (recordId && !record.data) || (patientId && !chart.data))
    return (
      <div className="flex justify-center py-16 text-primary-700">
        <Spinner className="size-8" label={t('records.loading')} />
      </div>
    )
  return <RecordEditor appointmentId={appointmentId} initial={record.data ?? null} chart={chart.data ?? null} />
}
