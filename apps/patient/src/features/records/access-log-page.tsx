import { Card, EmptyState, formatDateTime, PLATFORM_TIME_ZONE, useEnumLabel } from '@medbook/ui'
import { useInfiniteQuery } from '@tanstack/react-query'
import { ArrowLeft, ChevronRight, Eye } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { PagedResults } from '../../lib/paged-results'
import { useTRPC } from '../../lib/trpc'
import { RequirePatient } from '../auth/require-patient'

const PAGE_SIZE = 20

export function AccessLogPage() {
  return (
    <RequirePatient>
      <AccessLog />
    </RequirePatient>
  )
}

/** Who opened, downloaded, wrote or amended the patient's records, newest first. */
function AccessLog() {
  const { t, i18n } = useTranslation()
  const trpc = useTRPC()
  const enumLabel = useEnumLabel()
  const language = i18n.resolvedLanguage ?? 'vi'
  const results = useInfiniteQuery(
    trpc.medicalRecords.accessLog.infiniteQueryOptions(
      { limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  )

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-6 px-4 py-6 sm:px-6 sm:py-10">
      <Link
        to="/records"
        className="inline-flex items-center gap-1.5 self-start text-sm font-semibold text-primary-700 underline-offset-4 hover:underline"
      >
        <ArrowLeft className="size-4" aria-hidden="true" />
        {t('records.access.back')}
      </Link>
      <div>
        <h1 className="text-2xl font-bold tracking-tight text-ink sm:text-3xl">{t('records.access.title')}</h1>
        <p className="mt-1 text-sm text-ink-muted sm:text-base">{t('records.access.description')}</p>
      </div>
      <PagedResults
        results={results}
        skeletonClassName="h-24 rounded-2xl"
        errorTitle={t('records.access.errorTitle')}
        empty={<EmptyState icon={Eye} title={t('records.access.empty')} />}
        gapClassName="gap-3"
      >
        {(entries) => (
          <ol className="flex flex-col gap-3" aria-label={t('records.access.title')}>
            {entries.map((entry, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: entries carry no id; the list only grows at its end
              <li key={`${entry.at.toISOString()}-${index}`}>
                <Card className="flex flex-col gap-1 p-4">
                  <p className="text-sm text-ink-muted">
                    <time dateTime={entry.at.toISOString()}>
                      {formatDateTime(entry.at, language, PLATFORM_TIME_ZONE)}
                    </time>
                  </p>
                  <p className="text-base font-semibold break-words text-ink">
                    {entry.role
                      ? t('records.access.who', { name: entry.name, role: enumLabel('UserRole', entry.role) })
                      : entry.name}
                  </p>
                  <p className="text-base text-ink">{t(`records.access.actions.${entry.action}`)}</p>
                  {entry.hospitalName ? (
                    <p className="text-sm break-words text-ink-muted">
                      {t('records.access.at', { hospital: entry.hospitalName })}
                    </p>
                  ) : null}
                  {entry.recordId ? (
                    <Link
                      to={`/records/${entry.recordId}`}
                      className="mt-1 inline-flex items-center gap-1 self-start text-sm font-semibold text-primary-700 underline-offset-4 hover:underline"
                    >
                      {t('records.access.openRecord')}
                      <ChevronRight className="size-4" aria-hidden="true" />
                    </Link>
                  ) : null}
                </Card>
              </li>
            ))}
          </ol>
        )}
      </PagedResults>
    </div>
  )
}
