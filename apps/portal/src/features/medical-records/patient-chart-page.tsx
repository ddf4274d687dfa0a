import { ZGender } from '@medbook/contracts'
import { ErrorState, PageHeader, SectionCard, Spinner, useEnumLabel } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { ArrowLeft } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link, useParams, useSearchParams } from 'react-router'
import { useTRPC } from '../../lib/trpc'
import { AllergiesNotice } from './allergies-notice'
import { ChartVisits } from './chart-visits'

/** One of the doctor's patients (or a relative they booked for): allergies first, then what else is known. */
export function PatientChartPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const enumLabel = useEnumLabel()
  const { patientId = '' } = useParams()
  const [search] = useSearchParams()
  const familyMemberId = search.get('member')
  const chart = useQuery(
    trpc.medicalRecords.chart.queryOptions({ patientId, ...(familyMemberId ? { familyMemberId } : {}) }),
  )
  if (chart.isError) {
    return (
      <ErrorState title={t('chart.loadError')} onRetry={() => void chart.refetch()} retrying={chart.isRefetching} />
    )
  }
  if (!chart.data) {
    return (
      <div className="flex justify-center py-16 text-primary-700">
        <Spinner className="size-8" label={t('records.loading')} />
      </div>
    )
  }
  const { person, visits, records } = chart.data
  const gender = ZGender.safeParse(person.gender)
  const facts = [
    person.dateOfBirth ? t('chart.born', { date: person.dateOfBirth.split('-').reverse().join('/') }) : null,
    gender.success ? enumLabel('Gender', gender.data) : null,
    person.relationship ? enumLabel('FamilyRelationship', person.relationship) : null,
  ].filter(Boolean)

  return (
    <div className="flex flex-col gap-6">
      <Link to="/my-patients" className="inline-flex items-center gap-1 self-start text-sm text-primary-700 underline">
        <ArrowLeft aria-hidden="true" className="size-4" />
        {t('chart.back')}
      </Link>
      <PageHeader title={person.name} description={facts.join(' · ') || undefined} />
      <AllergiesNotice allergies={person.allergies} />
      <div className="grid gap-6 lg:grid-cols-2">
        <SectionCard title={t('chart.medications')}>
          {person.medications.length === 0 ? (
            <p className="text-sm text-ink-muted">{t('chart.noMedications')}</p>
          ) : (
            <ul className="flex flex-col gap-2 text-sm">
              {person.medications.map((medication) => (
                <li key={`${medication.name}-${medication.dosage}`}>
                  <span className="font-semibold text-ink">{medication.name}</span>
                  {[medication.dosage, medication.frequency].filter(Boolean).length > 0 ? (
                    <span className="text-ink-muted">
                      {' '}
                      · {[medication.dosage, medication.frequency].filter(Boolean).join(', ')}
                    </span>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </SectionCard>
        <SectionCard title={t('chart.history')}>
          {person.medicalHistory.length === 0 ? (
            <p className="text-sm text-ink-muted">{t('chart.noHistory')}</p>
          ) : (
            <ul className="flex flex-col gap-2 text-sm">
              {person.medicalHistory.map((item) => (
                <li key={`${item.condition}-${item.diagnosedDate ?? ''}`}>
                  <span className="font-semibold text-ink">{item.condition}</span>
                  {item.diagnosedDate ? (
                    <span className="text-ink-muted"> · {t('chart.since', { date: item.diagnosedDate })}</span>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
        </SectionCard>
      </div>
      <ChartVisits
        visits={visits}
        records={records}
        patientId={person.patientId}
        familyMemberId={person.familyMemberId}
      />
    </div>
  )
}
