import { Button, Skeleton } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { RotateCw } from 'lucide-react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { DocumentItem } from '../verification-documents/document-item'

/** The files an applicant uploaded; each opens (for admins and the owner only) in a new tab. */
export function ApplicantDocuments({ applicant }: { applicant: { doctorId: string } | { hospitalId: string } }) {
  const { t } = useTranslation()
  const { t: tUi } = useTranslation('ui')
  const trpc = useTRPC()
  const headingId = useId()
  const documents = useQuery(trpc.verification.documents.queryOptions(applicant))

  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="text-sm font-semibold text-ink">
        {t('verification.documents.title')}
      </h3>
      {documents.isPending ? (
        <div className="mt-3 flex flex-col gap-2">
          <Skeleton className="h-10 w-full" />
          <Skeleton className="h-10 w-full" />
        </div>
      ) : documents.isError ? (
        <div role="alert" className="mt-2 flex flex-wrap items-center gap-2 text-sm text-danger-700">
          {t('verification.documents.error')}
          <Button variant="ghost" size="sm" onClick={() => void documents.refetch()} loading={documents.isRefetching}>
            {documents.isRefetching ? null : <RotateCw aria-hidden="true" />}
            {tUi('retry')}
          </Button>
        </div>
      ) : documents.data.length === 0 ? (
        <p className="mt-2 text-sm text-ink-muted">{t('verification.documents.empty')}</p>
      ) : (
        <ul className="mt-1 divide-y divide-border">
          {documents.data.map((document) => (
            <DocumentItem
              key={document.id}
              document={document}
              newTabText={t('verification.documents.newTab')}
              metaText={(parts) => t('verification.documents.meta', parts)}
            />
          ))}
        </ul>
      )}
    </section>
  )
}
