import type { TQuote } from '@medbook/contracts'
import { ErrorState, Notice, Skeleton } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { BillLines } from '../payments/bill-lines'
import { PromotionCodeField } from './promotion-code-field'
import { ServicesField } from './services-field'

interface BookingPriceProps {
  hospitalId: string
  serviceIds: readonly string[]
  onServiceIdsChange: (ids: string[]) => void
  promotionCode: string | null
  onPromotionCodeChange: (code: string | null) => void
  quote: TQuote | undefined
  quoteFailed: boolean
  onRetryQuote: () => void
  /** a refusal of the applied code, translated: from the quote, or from the last booking attempt */
  refusal: string | null
  disabled: boolean
}

/** The review step's cost: services to add, a promotion code, then the quote's lines, total and prepayment. */
export function BookingPrice(props: BookingPriceProps) {
  const { t } = useTranslation()
  const { quote } = props
  return (
    <section aria-labelledby="booking-price-title" className="flex flex-col gap-5">
      <h3 id="booking-price-title" className="text-base font-semibold text-ink">
        {t('payments.bill.title')}
      </h3>
      <ServicesField
        hospitalId={props.hospitalId}
        value={props.serviceIds}
        onChange={props.onServiceIdsChange}
        disabled={props.disabled}
      />
      <PromotionCodeField
        applied={props.promotionCode}
        onApply={props.onPromotionCodeChange}
        discount={quote?.discount ?? null}
        refusal={props.refusal}
        disabled={props.disabled}
      />
      {props.quoteFailed ? (
        <ErrorState title={t('payments.quote.error')} onRetry={props.onRetryQuote} />
      ) : !quote ? (
        <div aria-busy="true">
          <span className="sr-only">{t('payments.quote.loading')}</span>
          <Skeleton className="h-28 rounded-xl" />
        </div>
      ) : (
        <>
          <div aria-live="polite">
            <BillLines bill={quote} />
          </div>
          {quote.total === 0 ? (
            <p className="text-sm text-ink-muted">{t('payments.quote.free')}</p>
          ) : quote.prepaymentRequired ? (
            <Notice tone="warning" title={t('payments.quote.prepayTitle')}>
              {t('payments.quote.prepay', { minutes: quote.holdMinutes })}
            </Notice>
          ) : (
            <p className="text-sm text-ink-muted">{t('payments.quote.payLater')}</p>
          )}
        </>
      )}
    </section>
  )
}
