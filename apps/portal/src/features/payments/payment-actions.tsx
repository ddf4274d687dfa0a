import type { TPayment, TRefund } from '@medbook/contracts'
import { buttonClassName, formatVnd, Menu, MenuContent, MenuItem, MenuTrigger } from '@medbook/ui'
import { BadgeCheck, HandCoins, MoreHorizontal, Undo2 } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { canConfirmTransfer, pendingManualRefunds, refundable } from './payment-rules'

export type PaymentAction =
  | { kind: 'confirmTransfer'; payment: TPayment }
  | { kind: 'refund'; payment: TPayment }
  | { kind: 'completeRefund'; payment: TPayment; refund: TRefund }

interface PaymentActionsProps {
  payment: TPayment
  /** refunds are staff's (their hospital's money); admins may confirm transfers */
  canRefund: boolean
  onAction: (action: PaymentAction) => void
}

/** A row's menu: only what applies to this payment now. */
export function PaymentActions({ payment, canRefund, onAction }: PaymentActionsProps) {
  const { t } = useTranslation()
  const confirm = canConfirmTransfer(payment)
  const refund = canRefund && refundable(payment) > 0
  const manual = canRefund ? pendingManualRefunds(payment) : []
  if (!confirm && !refund && manual.length === 0) return <span className="sr-only">{t('payments.noActions')}</span>
  return (
    <Menu>
      <MenuTrigger
        className={buttonClassName('ghost', 'icon')}
        aria-label={t('payments.actionsFor', { reference: payment.reference })}
      >
        <MoreHorizontal className="size-5" aria-hidden="true" />
      </MenuTrigger>
      <MenuContent>
        {confirm ? (
          <MenuItem onSelect={() => onAction({ kind: 'confirmTransfer', payment })}>
            <BadgeCheck aria-hidden="true" />
            {t('payments.confirmTransfer.menu')}
          </MenuItem>
        ) : null}
        {refund ? (
          <MenuItem tone="danger" onSelect={() => onAction({ kind: 'refund', payment })}>
            <Undo2 aria-hidden="true" />
            {t('payments.refund.menu')}
          </MenuItem>
        ) : null}
        {manual.map((pending) => (
          <MenuItem key={pending.id} onSelect={() => onAction({ kind: 'completeRefund', payment, refund: pending })}>
            <HandCoins aria-hidden="true" />
            {t('payments.completeRefund.menu')} · {formatVnd(pending.amount)}
          </MenuItem>
        ))}
      </MenuContent>
    </Menu>
  )
}
