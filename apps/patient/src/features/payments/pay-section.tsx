import type { TAppointment, TStartedPayment } from '@medbook/contracts'
import { Button, Card, formatVnd, Notice, readServerError, useServerErrorText } from '@medbook/ui'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Wallet } from 'lucide-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { BillLines } from './bill-lines'
import { MethodChoice, type PayChoice } from './method-choice'
import { mustPrepay } from './payable'
import { TransferInstructions } from './transfer-instructions'

const START_ERRORS = new Set(['already_paid', 'not_payable', 'nothing_to_pay'])

/** "Thanh toán / Pay": the bill, a method, then the gateway's checkout or the VietQR transfer. */
export function PaySection({ appointment }: { appointment: TAppointment }) {
  const { t, i18n } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const serverErrorText = useServerErrorText()
  const prepay = mustPrepay(appointment)
  const [choice, setChoice] = useState<PayChoice>('vnpay')
  const [transfer, setTransfer] = useState<TStartedPayment | null>(null)
  const [error, setError] = useState<string | null>(null)

  const start = useMutation(
    trpc.payments.start.mutationOptions({
      onSuccess: (started) => {
        if (started.redirectUrl) return window.location.assign(started.redirectUrl)
        setTransfer(started)
        void queryClient.invalidateQueries(trpc.payments.pathFilter())
      },
      onError: (failure) => {
        const { code, details } = readServerError(failure)
        const reason = typeof details.reason === 'string' ? details.reason : ''
        if (code === 'PRECONDITION_FAILED' && START_ERRORS.has(reason)) {
          void queryClient.invalidateQueries(trpc.appointments.get.queryFilter({ id: appointment.id }))
          return setError(t(`payments.pay.errors.${reason as 'already_paid' | 'not_payable' | 'nothing_to_pay'}`))
        }
        setError(code === 'BAD_GATEWAY' ? t('payments.pay.errors.gateway') : serverErrorText(failure))
      },
    }),
  )

  // back from the gateway's page by the browser's back button: the page comes from the
  // back-forward cache still "redirecting"; start over
  const { reset } = start
  useEffect(() => {
    const restored = (event: PageTransitionEvent) => {
      if (event.persisted) reset()
    }
    window.addEventListener('pageshow', restored)
    return () => window.removeEventListener('pageshow', restored)
  }, [reset])

  const redirecting = start.isSuccess && Boolean(start.data.redirectUrl)
  const pendingTransfer = appointment.payment?.status === 'pending' && appointment.payment.method === 'bank_transfer'

  function pay() {
    if (choice === 'at_clinic') return
    setError(null)
    setTransfer(null)
    start.mutate({
      appointmentId: appointment.id,
      method: choice,
      locale: i18n.resolvedLanguage === 'en' ? 'en' : 'vi',
    })
  }

  return (
    <Card asChild className="p-4 sm:p-6">
      <section aria-labelledby="pay-title" className="flex flex-col gap-4">
        <div className="flex items-center gap-2">
          <Wallet className="size-5 text-primary-700" aria-hidden="true" />
          <h2 id="pay-title" className="text-lg font-semibold text-ink">
            {t('payments.pay.title')}
          </h2>
        </div>
        <BillLines bill={appointment.bill} />
        {appointment.paymentStatus === 'failed' ? (
          <Notice tone="danger">{t('payments.pay.previousFailed')}</Notice>
        ) : null}
        {pendingTransfer && !transfer ? <Notice>{t('payments.pay.pendingTransfer')}</Notice> : null}
        <MethodChoice
          value={choice}
          onChange={(next) => {
            setChoice(next)
            setError(null)
          }}
          allowAtClinic={!prepay}
          disabled={start.isPending || redirecting}
        />
        {choice === 'bank_transfer' && transfer?.transfer ? null : choice === 'at_clinic' ? (
          <p className="rounded-xl bg-surface-muted px-4 py-3 text-sm text-ink">{t('payments.pay.atClinicExplain')}</p>
        ) : (
          <Button
            size="lg"
            className="w-full sm:w-auto sm:self-start"
            onClick={pay}
            loading={start.isPending || redirecting}
          >
            {start.isPending
              ? t('payments.pay.starting')
              : redirecting
                ? t('payments.pay.redirecting')
                : choice === 'bank_transfer'
                  ? t('payments.pay.showTransfer')
                  : t('payments.pay.submit', { amount: formatVnd(appointment.bill.total) })}
          </Button>
        )}
        {prepay ? <p className="text-xs text-ink-muted">{t('payments.pay.atClinicUnavailable')}</p> : null}
        {error ? (
          <Notice tone="danger" role="alert">
            {error}
          </Notice>
        ) : null}
        {choice === 'bank_transfer' && transfer?.transfer ? (
          <TransferInstructions transfer={transfer.transfer} payment={transfer.payment} />
        ) : null}
      </section>
    </Card>
  )
}
