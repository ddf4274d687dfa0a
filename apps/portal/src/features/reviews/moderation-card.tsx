import type { TModerationItem } from '@medbook/contracts'
import { Badge, Button, Card, formatDateTime, PLATFORM_TIME_ZONE, toast, useServerErrorText } from '@medbook/ui'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Check, ShieldCheck, Trash2, X } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { ReasonDialog } from './reason-dialog'
import { formatVisitMonth } from './review-format'
import { StarRating } from './star-rating'

/** One review awaiting a decision: what it says, about whom, by whom, and any reports against it. */
export function ModerationCard({ item, queue }: { item: TModerationItem; queue: 'pending' | 'reported' }) {
  const { t, i18n } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const serverErrorText = useServerErrorText()
  const [asking, setAsking] = useState<'reject' | 'remove' | null>(null)
  const [error, setError] = useState<string | null>(null)
  const moderate = useMutation(
    trpc.reviews.moderate.mutationOptions({
      onSuccess: async (_, input) => {
        setAsking(null)
        toast(t(`moderation.done.${input.decision}`, { name: item.patientName }))
        await queryClient.invalidateQueries({ queryKey: trpc.reviews.queue.pathKey() })
      },
      onError: (failure) => {
        if (asking) setError(serverErrorText(failure))
        else toast(serverErrorText(failure), { tone: 'danger' })
      },
    }),
  )
  const target = t(`moderation.target.${item.targetType}`, { name: item.targetName })

  return (
    <Card className="flex flex-col gap-3 p-4 sm:p-5" data-testid="moderation-item">
      <article aria-label={t('moderation.itemLabel', { name: item.patientName, target: item.targetName })}>
        <div className="flex flex-wrap items-center justify-between gap-2">
          <div className="flex flex-wrap items-center gap-2">
            <StarRating rating={item.rating} />
            <span className="text-sm font-semibold text-ink">{target}</span>
            {item.targetType === 'doctor' ? (
              <span className="text-sm text-ink-muted">· {item.hospitalName}</span>
            ) : null}
          </div>
          <Badge>{t('moderation.visit', { month: formatVisitMonth(item.visitMonth, i18n.language) })}</Badge>
        </div>
        <p className="mt-2 text-sm text-ink-muted">
          {t('moderation.by', {
            name: item.patientName,
            at: formatDateTime(item.createdAt, i18n.language, PLATFORM_TIME_ZONE),
          })}
        </p>
        {item.comment ? (
          <blockquote className="mt-2 border-l-4 border-border pl-3 text-ink whitespace-pre-line break-words">
            {item.comment}
          </blockquote>
        ) : (
          <p className="mt-2 text-sm text-ink-muted italic">{t('moderation.noComment')}</p>
        )}
        {item.reports.length > 0 ? (
          <div className="mt-3 rounded-md bg-danger-50 p-3 text-sm text-danger-700">
            <p className="font-semibold">{t('moderation.reports', { count: item.reports.length })}</p>
            <ul className="mt-1 list-disc pl-5">
              {item.reports.map((report) => (
                <li key={`${report.createdAt.toISOString()}-${report.reason}`}>
                  {report.reason} · {formatDateTime(report.createdAt, i18n.language, PLATFORM_TIME_ZONE)}
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        {/* biome-ignore lint/a11y/useSemanticElements: a toolbar of buttons, not a form fieldset */}
        <div
          role="group"
          aria-label={t('moderation.actionsFor', { name: item.patientName })}
          className="mt-4 flex flex-wrap gap-2"
        >
          {queue === 'pending' ? (
            <>
              <Button
                size="sm"
                loading={moderate.isPending && !asking}
                disabled={moderate.isPending}
                onClick={() => moderate.mutate({ id: item.id, decision: 'approve' })}
              >
                <Check aria-hidden="true" />
                {t('moderation.approve')}
              </Button>
              <Button size="sm" variant="secondary" className="text-danger-700" onClick={() => openReason('reject')}>
                <X aria-hidden="true" />
                {t('moderation.reject')}
              </Button>
            </>
          ) : (
            <>
              <Button
                size="sm"
                loading={moderate.isPending && !asking}
                disabled={moderate.isPending}
                onClick={() => moderate.mutate({ id: item.id, decision: 'keep' })}
              >
                <ShieldCheck aria-hidden="true" />
                {t('moderation.keep')}
              </Button>
              <Button size="sm" variant="secondary" className="text-danger-700" onClick={() => openReason('remove')}>
                <Trash2 aria-hidden="true" />
                {t('moderation.remove')}
              </Button>
            </>
          )}
        </div>
      </article>
      {asking ? (
        <ReasonDialog
          title={t(`moderation.${asking}Title`)}
          description={t(`moderation.${asking}Description`, { name: item.patientName })}
          confirmLabel={t(`moderation.${asking}`)}
          pending={moderate.isPending}
          error={error}
          onClose={() => setAsking(null)}
          onConfirm={(reason) => moderate.mutate({ id: item.id, decision: asking, reason })}
        />
      ) : null}
    </Card>
  )

  function openReason(decision: 'reject' | 'remove') {
    setError(null)
    setAsking(decision)
  }
}
