import type { TPromotionSummary } from '@medbook/contracts'
import { ConfirmDialog, Notice, readServerError, toast, useServerErrorText } from '@medbook/ui'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'

interface PromotionStatusDialogProps {
  promotion: TPromotionSummary
  action: 'disable' | 'enable'
  onClose: () => void
}

/** Asks before a code stops working (or works again): patients feel it at once. */
export function PromotionStatusDialog({ promotion, action, onClose }: PromotionStatusDialogProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const serverErrorText = useServerErrorText()
  const setStatus = useMutation(
    trpc.promotions.setStatus.mutationOptions({
      onSuccess: async () => {
        toast(t(`promotions.${action}.done`, { code: promotion.code }))
        await queryClient.invalidateQueries({ queryKey: trpc.promotions.pathKey() })
        onClose()
      },
    }),
  )
  const error = setStatus.error
  const errorText = error
    ? readServerError(error).details.reason === 'ended'
      ? t('promotions.ended')
      : serverErrorText(error)
    : null

  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      tone={action === 'disable' ? 'danger' : 'primary'}
      title={t(`promotions.${action}.title`, { code: promotion.code })}
      description={t(`promotions.${action}.description`)}
      confirmLabel={t(`promotions.${action}.confirm`)}
      pending={setStatus.isPending}
      onConfirm={() => setStatus.mutate({ id: promotion.id, status: action === 'disable' ? 'disabled' : 'active' })}
    >
      {errorText ? (
        <Notice tone="danger" role="alert">
          {errorText}
        </Notice>
      ) : null}
    </ConfirmDialog>
  )
}
