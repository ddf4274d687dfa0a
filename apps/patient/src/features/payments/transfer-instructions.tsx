import type { TPayment, TStartedPayment } from '@medbook/contracts'
import { Button, Card, CopyButton, formatVnd } from '@medbook/ui'
import { ChevronRight } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useWallClockLabel } from '../booking/use-day-label'

type Transfer = NonNullable<TStartedPayment['transfer']>

function Row({ label, value, copy }: { label: string; value: string; copy?: { value: string; label: string } }) {
  return (
    <div className="flex flex-col gap-1 py-3 sm:flex-row sm:items-center sm:gap-4">
      <dt className="text-sm text-ink-muted sm:w-40 sm:shrink-0">{label}</dt>
      <dd className="flex min-w-0 flex-1 flex-wrap items-center justify-between gap-2">
        <span className="min-w-0 font-semibold break-all text-ink tabular-nums">{value}</span>
        {copy ? <CopyButton size="sm" value={copy.value} label={copy.label} /> : null}
      </dd>
    </div>
  )
}

/** The VietQR code and the same facts in words, each one copyable: the reference is how the money is found. */
export function TransferInstructions({ transfer, payment }: { transfer: Transfer; payment: TPayment }) {
  const { t } = useTranslation()
  const wallClockLabel = useWallClockLabel()
  const amount = formatVnd(transfer.amount)
  const qr = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(transfer.qrSvg)}`
  return (
    <Card asChild className="p-4 sm:p-6">
      <section aria-labelledby="transfer-title">
        <h3 id="transfer-title" className="text-base font-semibold text-ink">
          {t('payments.transfer.title')}
        </h3>
        <p className="mt-1 text-sm text-ink-muted">{t('payments.transfer.description')}</p>
        <img
          src={qr}
          alt={t('payments.transfer.qrAlt', { amount, bank: transfer.bankName, reference: transfer.reference })}
          className="mx-auto mt-4 aspect-square w-full max-w-64 rounded-xl border border-border bg-white p-2"
        />
        <dl className="mt-3 divide-y divide-border">
          <Row label={t('payments.transfer.bank')} value={transfer.bankName} />
          <Row
            label={t('payments.transfer.accountNumber')}
            value={transfer.accountNumber}
            copy={{ value: transfer.accountNumber, label: t('payments.transfer.copyAccount') }}
          />
          <Row label={t('payments.transfer.accountName')} value={transfer.accountName} />
          <Row
            label={t('payments.transfer.amount')}
            value={amount}
            copy={{ value: String(transfer.amount), label: t('payments.transfer.copyAmount') }}
          />
          <Row
            label={t('payments.transfer.reference')}
            value={transfer.reference}
            copy={{ value: transfer.reference, label: t('payments.transfer.copyReference') }}
          />
        </dl>
        {payment.expiresAt ? (
          <p className="mt-3 text-sm text-ink-muted">
            {t('payments.transfer.expires', wallClockLabel(payment.expiresAt, payment.timeZone))}
          </p>
        ) : null}
        <Button asChild variant="secondary" className="mt-4">
          <Link to={`/payments/${payment.id}`}>
            {t('payments.transfer.checkStatus')}
            <ChevronRight aria-hidden="true" />
          </Link>
        </Button>
      </section>
    </Card>
  )
}
