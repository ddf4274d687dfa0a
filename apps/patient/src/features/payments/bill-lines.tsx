import type { TBill } from '@medbook/contracts'
import { cn, formatVnd, useEnumLabel } from '@medbook/ui'
import { useTranslation } from 'react-i18next'

function Line({ label, amount, strong = false }: { label: string; amount: string; strong?: boolean }) {
  return (
    <div
      className={cn('flex items-baseline justify-between gap-4 py-1.5', strong && 'mt-1.5 border-t border-border pt-3')}
    >
      <dt className={cn('min-w-0 break-words', strong ? 'font-semibold text-ink' : 'text-ink-muted')}>{label}</dt>
      <dd className={cn('shrink-0 text-right tabular-nums', strong ? 'text-lg font-bold text-ink' : 'text-ink')}>
        {amount}
      </dd>
    </div>
  )
}

/** A visit's price lines: the consultation, each service, the promotion's discount, the total. */
export function BillLines({ bill }: { bill: TBill }) {
  const { t } = useTranslation()
  const enumLabel = useEnumLabel()
  return (
    <dl className="text-sm" data-testid="bill">
      {bill.charges.map((charge, index) => (
        <Line
          key={charge.hospitalServiceId ?? `${charge.kind}-${index}`}
          label={charge.kind === 'consultation' ? enumLabel('ChargeKind', 'consultation') : charge.description}
          amount={formatVnd(charge.amount)}
        />
      ))}
      {bill.discount ? (
        <>
          <Line label={t('payments.bill.subtotal')} amount={formatVnd(bill.subtotal)} />
          <Line
            label={t('payments.bill.discount', { code: bill.discount.code })}
            amount={`−${formatVnd(bill.discount.amount)}`}
          />
        </>
      ) : null}
      <Line label={t('payments.bill.total')} amount={formatVnd(bill.total)} strong />
    </dl>
  )
}
