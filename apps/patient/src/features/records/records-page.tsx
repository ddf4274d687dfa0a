import { EmptyState, useEnumLabel } from '@medbook/ui'
import { useInfiniteQuery, useQuery } from '@tanstack/react-query'
import { ChevronRight, FileHeart } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { PagedResults } from '../../lib/paged-results'
import { useTRPC } from '../../lib/trpc'
import { RequirePatient } from '../auth/require-patient'
import { ChoiceChips } from './choice-chips'
import { RecordCard } from './record-card'

const PAGE_SIZE = 10
const EVERYONE = 'everyone'

export function RecordsPage() {
  return (
    <RequirePatient>
      <HealthRecords />
    </RequirePatient>
  )
}

/** The records doctors shared with the patient and their family, newest first, one person at a time if asked. */
function HealthRecords() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const enumLabel = useEnumLabel()
  const [person, setPerson] = useState<string>(EVERYONE)
  const family = useQuery(trpc.family.list.queryOptions())
  const results = useInfiniteQuery(
    trpc.medicalRecords.mine.infiniteQueryOptions(
      { limit: PAGE_SIZE, ...(person === EVERYONE ? {} : { person }) },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  )
  const people = [
    { value: EVERYONE, label: t('records.everyone') },
    { value: 'self', label: t('records.self') },
    ...(family.data ?? []).map((member) => ({
      value: member.id,
      label: `${member.lastName} ${member.firstName} (${enumLabel('FamilyRelationship', member.relationship)})`,
    })),
  ]

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-6 sm:px-6 sm:py-10">
      <div>
        <h1 className="text-2xl font-bold tracking-tight text-ink sm:text-3xl">{t('records.title')}</h1>
        <p className="mt-1 text-sm text-ink-muted sm:text-base">{t('records.description')}</p>
        <Link
          to="/records/access"
          className="mt-3 inline-flex items-center gap-1 text-sm font-semibold text-primary-700 underline-offset-4 hover:underline"
        >
          {t('records.accessLogLink')}
          <ChevronRight className="size-4" aria-hidden="true" />
        </Link>
      </div>
      {people.length > 2 ? (
        <ChoiceChips legend={t('records.personFilter')} options={people} value={person} onChange={setPerson} />
      ) : null}
      <PagedResults
        results={results}
        skeletonClassName="h-36 rounded-2xl"
        errorTitle={t('records.errorTitle')}
        empty={<EmptyState icon={FileHeart} title={t('records.emptyTitle')} description={t('records.emptyHint')} />}
      >
        {(records) => (
          <ul className="flex flex-col gap-4">
            {records.map((record) => (
              <li key={record.id}>
                <RecordCard record={record} />
              </li>
            ))}
          </ul>
        )}
      </PagedResults>
    </div>
  )
}
