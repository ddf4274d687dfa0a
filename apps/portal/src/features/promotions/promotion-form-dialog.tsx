import type { TPromotion } from '@medbook/contracts'
import { Dialog, DialogContent, DialogDescription, DialogTitle, ErrorState, Spinner } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { PromotionForm } from './promotion-form'

interface PromotionFormDialogProps {
  /** null: a new code */
  promotionId: string | null
  onClose: () => void
}

/** Creates a code, or edits one (loaded whole: its services and hospitals are not in the list). */
export function PromotionFormDialog({ promotionId, onClose }: PromotionFormDialogProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const existing = useQuery({
    ...trpc.promotions.get.queryOptions({ id: promotionId ?? '' }),
    enabled: promotionId !== null,
    staleTime: 0,
  })
  const promotion: TPromotion | null = promotionId ? (existing.data ?? null) : null

  return (
    <Dialog open onOpenChange={(open) => (open ? undefined : onClose())}>
      <DialogContent className="max-w-3xl">
        <DialogTitle>
          {promotionId
            ? t('promotions.form.editTitle', { code: promotion?.code ?? '' })
            : t('promotions.form.createTitle')}
        </DialogTitle>
        <DialogDescription>{t('promotions.form.description')}</DialogDescription>
        {promotionId && existing.isError ? (
          <ErrorState onRetry={() => void existing.refetch()} retrying={existing.isRefetching} />
        ) : promotionId && !promotion ? (
          <div className="flex justify-center py-10">
            <Spinner />
          </div>
        ) : (
          <PromotionForm promotion={promotion} onDone={onClose} />
        )}
      </DialogContent>
    </Dialog>
  )
}
