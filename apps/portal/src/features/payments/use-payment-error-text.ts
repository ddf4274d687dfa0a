import { formatVnd, readServerError, useServerErrorText } from '@medbook/ui'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'

/**
 * The payments API's typed refusals (details.reason, details.field) in the reader's language;
 * anything else as every screen says it.
 */
export function usePaymentErrorText() {
  const { t } = useTranslation()
  const serverErrorText = useServerErrorText()
  return useCallback(
    (error: unknown): string => {
      const { code, details } = readServerError(error)
      if (code === 'UNPROCESSABLE_CONTENT') return t('payments.errors.keyReused')
      if (details.field === 'amount' && typeof details.refundable === 'number') {
        return t('payments.errors.amountTooHigh', { max: formatVnd(details.refundable) })
      }
      if (details.field === 'amount' && typeof details.expected === 'number') {
        return t('payments.errors.amountMismatch', { amount: formatVnd(details.expected) })
      }
      if (details.field === 'bankReference') return t('payments.errors.bankReferenceUsed')
      switch (details.reason) {
        case 'not_paid':
          return t('payments.errors.notPaid')
        case 'not_a_transfer':
          return t('payments.errors.notATransfer')
        case 'gateway_refund':
          return t('payments.errors.gatewayRefund')
        case 'not_pending':
          return t('payments.errors.refundClosed')
        case 'already_paid':
          return t('payments.errors.alreadyPaid')
        case 'not_payable':
          return t('payments.errors.notPayable')
        default:
          return serverErrorText(error)
      }
    },
    [t, serverErrorText],
  )
}
