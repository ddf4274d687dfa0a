import { formatDateTime, PLATFORM_TIME_ZONE, SectionCard } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'

/** The versions a shared record had before each amendment: who changed it, when and why. */
export function RecordHistory({ recordId, timeZone }: { recordId: string; timeZone?: string }) {
  const { t, i18n } = useTranslation()
  const trpc = useTRPC()
  const history = useQuery(trpc.medicalRecords.history.queryOptions({ id: recordId }))
  const earlier = history.data?.earlier ?? []
  if (earlier.length === 0) return null
  return (
    <SectionCard title={t('records.history.title')} description={t('records.history.description')}>
      <ol className="flex flex-col gap-3" aria-label={t('records.history.title')}>
        {[...earlier]
          .sort((a, b) => b.version - a.version)
          .map((version) => (
            <li
              key={version.version}
              className="rounded-lg border border-border p-3 text-sm"
              data-testid="record-version"
            >
              <p className="font-semibold text-ink">
                {t('records.history.version', {
                  version: version.version,
                  name: version.amendedByName,
                  at: formatDateTime(version.amendedAt, i18n.language, timeZone ?? PLATFORM_TIME_ZONE),
                })}
              </p>
              <p className="mt-1 text-ink">{t('records.history.reason', { reason: version.reason })}</p>
              {version.content.diagnosis.length > 0 ? (
                <p className="mt-1 text-ink-muted">
                  {t('records.history.diagnosis', {
                    list: version.content.diagnosis
                      .map((entry) => (entry.code ? `${entry.code} ${entry.text}` : entry.text))
                      .join('; '),
                  })}
                </p>
              ) : null}
            </li>
          ))}
      </ol>
    </SectionCard>
  )
}
