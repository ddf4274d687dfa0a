import type { TPayment } from '@medbook/contracts'
import { Button, Card, EmptyState, ErrorState, readServerError, Skeleton, Spinner } from '@medbook/ui'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { CalendarCheck2, CircleCheckBig, CircleX, History, ReceiptText, Undo2 } from 'lucide-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useTRPC } from '../../lib/trpc'
import { RequirePatient } from '../auth/require-patient'
import { UUID } from '../booking/route-params'
import { PaymentFacts } from './payment-facts'
import { ReceiptLink } from './receipt-link'

/** a gateway's IPN usually lands within seconds; a bank transfer takes hours */
const GATEWAY_POLL_MS = 1_500
const TRANSFER_POLL_MS = 30_000
const SLOW_AFTER_MS = 45_000

export function PaymentResultPage() {
  return (
    <RequirePatient>
      <PaymentResult />
    </RequirePatient>
  )
}

function PaymentNotFound() {
  const { t } = useTranslation()
  return (
    <div className="mx-auto max-w-lg px-4 py-16">
      <h1 className="sr-only">{t('payments.result.notFoundTitle')}</h1>
      <EmptyState
        icon={ReceiptText}
        title={t('payments.result.notFoundTitle')}
        description={t('payments.result.notFound')}
        action={
          <Button asChild variant="secondary">
            <Link to="/payments">{t('payments.result.history')}</Link>
          </Button>
        }
      />
    </div>
  )
}

/** The gateway's return address: the IPN decides, so this page asks the server until the payment settles. */
function PaymentResult() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const { paymentId = '' } = useParams()
  const valid = UUID.test(paymentId)
  const payment = useQuery({
    ...trpc.payments.get.queryOptions({ id: paymentId }),
    enabled: valid,
    refetchInterval: (query) =>
      query.state.data?.status === 'pending'
        ? query.state.data.paymentMethod === 'bank_transfer'
          ? TRANSFER_POLL_MS
          : GATEWAY_POLL_MS
        : false,
  })

  // once settled, the appointment (its hold, its payment status) and the lists are out of date
  const settled = payment.data && payment.data.status !== 'pending' ? payment.data.status : null
  useEffect(() => {
    if (!settled) return
    void queryClient.invalidateQueries(trpc.appointments.pathFilter())
    void queryClient.invalidateQueries(trpc.payments.mine.pathFilter())
  }, [settled, queryClient, trpc])

  if (!valid || readServerError(payment.error).code === 'NOT_FOUND') return <PaymentNotFound />

  return (
    <div className="mx-auto max-w-2xl px-4 py-6 sm:px-6 sm:py-10">
      {payment.isError ? (
        <>
          <h1 className="sr-only">{t('payments.result.errorTitle')}</h1>
          <ErrorState
            title={t('payments.result.errorTitle')}
            onRetry={() => void payment.refetch()}
            retrying={payment.isRefetching}
          />
        </>
      ) : !payment.data ? (
        <div className="flex flex-col gap-4" aria-busy="true">
          <Skeleton className="mx-auto size-16 rounded-full" />
          <Skeleton className="h-72 rounded-2xl" />
        </div>
      ) : (
        <Result payment={payment.data} />
      )}
    </div>
  )
}

function Result({ payment }: { payment: TPayment }) {
  const { t } = useTranslation()
  return (
    <div className="flex flex-col gap-5">
      <Outcome payment={payment} />
      <Card className="p-4 sm:p-6">
        <PaymentFacts payment={payment} />
        {payment.receiptUrl && payment.status !== 'pending' && payment.status !== 'failed' ? (
          <div className="mt-3 border-t border-border pt-3">
            <ReceiptLink url={payment.receiptUrl} />
          </div>
        ) : null}
      </Card>
      <div className="flex flex-col gap-2 sm:flex-row sm:justify-center">
        <Button asChild size="lg">
          <Link to={`/appointments/${payment.appointmentId}`}>
            <CalendarCheck2 aria-hidden="true" />
            {payment.status === 'failed' ? t('payments.result.tryAgain') : t('payments.result.viewAppointment')}
          </Link>
        </Button>
        <Button asChild size="lg" variant="secondary">
          <Link to="/payments">
            <History aria-hidden="true" />
            {t('payments.result.history')}
          </Link>
        </Button>
      </div>
    </div>
  )
}

function Outcome({ payment }: { payment: TPayment }) {
  const { t } = useTranslation()
  const [slow, setSlow] = useState(false)
  const pending = payment.status === 'pending'
  useEffect(() => {
    if (!pending) return
    const timer = window.setTimeout(() => setSlow(true), SLOW_AFTER_MS)
    return () => window.clearTimeout(timer)
  }, [pending])

  if (payment.status === 'pending') {
    const transfer = payment.paymentMethod === 'bank_transfer'
    return (
      <div className="flex flex-col items-center text-center" role="status">
        <Spinner className="size-10 text-primary-700" />
        <h1 className="mt-4 text-2xl font-bold tracking-tight text-ink">
          {transfer ? t('payments.result.transferPending') : t('payments.result.checking')}
        </h1>
        <p className="mt-1 max-w-md text-sm text-ink-muted">
          {transfer ? t('payments.result.transferPendingHint') : t('payments.result.checkingHint')}
        </p>
        {slow && !transfer ? <p className="mt-2 max-w-md text-sm text-ink-muted">{t('payments.result.slow')}</p> : null}
      </div>
    )
  }
  const outcome = {
    completed: { icon: CircleCheckBig, box: 'bg-success-50 text-success-700', title: 'paid', hint: 'paidHint' },
    failed: { icon: CircleX, box: 'bg-danger-50 text-danger-700', title: 'failed', hint: 'failedHint' },
    refunded: { icon: Undo2, box: 'bg-surface-muted text-ink-muted', title: 'refunded', hint: null },
  } as const
  const { icon: Icon, box, title, hint } = outcome[payment.status]
  return (
    <div className="flex flex-col items-center text-center">
      <span className={`inline-flex size-16 items-center justify-center rounded-full ${box}`}>
        <Icon className="size-8" aria-hidden="true" />
      </span>
      <h1 className="mt-4 text-2xl font-bold tracking-tight text-ink sm:text-3xl">{t(`payments.result.${title}`)}</h1>
      {hint ? (
        <p className="mt-1 max-w-md text-sm text-ink-muted sm:text-base">{t(`payments.result.${hint}`)}</p>
      ) : null}
    </div>
  )
}
