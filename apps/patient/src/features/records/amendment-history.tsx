import { Button, Card, ErrorState, formatDateTime, PLATFORM_TIME_ZONE, Skeleton } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { ChevronDown, ChevronUp, History } from 'lucide-react'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { RecordContent } from './record-content'

/** The versions a record had before each amendment: when, by whom, why, and what it said. Loaded when opened. */
export function AmendmentHistory({ recordId }: { recordId: string }) {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const panelId = useId()
  return (
    <Card asChild className="p-4 sm:p-5">
      <section aria-labelledby="history-title" className="flex flex-col gap-3">
        <h2 id="history-title" className="flex items-center gap-2 text-lg font-semibold text-ink">
          <History className="size-5 text-ink-muted" aria-hidden="true" />
          {t('records.history.title')}
        </h2>
        <Button
          variant="secondary"
          className="self-start"
          aria-expanded={open}
          aria-controls={panelId}
          onClick={() => setOpen((value) => !value)}
        >
          {open ? <ChevronUp aria-hidden="true" /> : <ChevronDown aria-hidden="true" />}
          {open ? t('records.history.hide') : t('records.history.show')}
        </Button>
        <div id={panelId} hidden={!open}>
          {open ? <Versions recordId={recordId} /> : null}
        </div>
      </section>
    </Card>
  )
}

function Versions({ recordId }: { recordId: string }) {
  const { t, i18n } = useTranslation()
  const trpc = useTRPC()
  const language = i18n.resolvedLanguage ?? 'vi'
  const history = useQuery(trpc.medicalRecords.history.queryOptions({ id: recordId }))
  if (history.isPending) return <Skeleton className="h-40 rounded-xl" aria-busy="true" />
  if (history.isError) {
    return (
      <ErrorState
        title={t('records.history.errorTitle')}
        onRetry={() => void history.refetch()}
        retrying={history.isRefetching}
      />
    )
  }
  if (history.data.earlier.length === 0) return <p className="text-ink-muted">{t('records.history.empty')}</p>
  return (
    <div className="flex flex-col gap-4">
      <p className="text-sm text-ink-muted">{t('records.history.description', { current: history.data.current })}</p>
      <ol className="flex flex-col gap-4">
        {history.data.earlier.map((version) => (
          <li key={version.version} className="rounded-xl border border-border p-4">
            <h3 className="text-base font-semibold text-ink">
              {t('records.history.versionTitle', { version: version.version })}
            </h3>
            <p className="mt-1 text-sm text-ink-muted">
              {t('records.history.replaced', {
                time: formatDateTime(version.amendedAt, language, PLATFORM_TIME_ZONE),
                name: version.amendedByName,
              })}
            </p>
            <p className="mt-1 text-sm font-medium break-words text-ink">
              {t('records.history.reason', { reason: version.reason })}
            </p>
            <details className="mt-3">
              <summary className="cursor-pointer text-sm font-semibold text-primary-700">
                {t('records.history.content', { version: version.version })}
              </summary>
              <div className="mt-3">
                <RecordContent content={version.content} level={4} idPrefix={`version-${version.version}`} />
              </div>
            </details>
          </li>
        ))}
      </ol>
    </div>
  )
}
