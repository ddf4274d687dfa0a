import { Button, formatSeconds, useCountdown, useServerErrorText } from '@medbook/ui'
import { useMutation } from '@tanstack/react-query'
import { RotateCw } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { type PendingRegistration, savePendingRegistration } from './pending-registration'

const RESEND_AFTER_MS = 60_000

interface ResendCodeProps {
  pending: PendingRegistration | null
  /** the address to send to, or null when the form's own field is not valid yet */
  email: () => string | null | Promise<string | null>
  onSent: (pending: PendingRegistration) => void
}

/** "Send a new code", available a minute after the last one went out. */
export function ResendCode({ pending, email, onSent }: ResendCodeProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const serverErrorText = useServerErrorText()
  const [status, setStatus] = useState<{ tone: 'success' | 'danger'; text: string } | null>(null)
  const wait = useCountdown(pending?.sentAt ? pending.sentAt + RESEND_AFTER_MS : null)

  const resend = useMutation(
    trpc.auth.resendCode.mutationOptions({
      onSuccess: (result, input) => {
        const next = {
          email: input.identifier,
          sentTo: pending?.sentTo ?? null,
          codeExpiresAt: result.expiresAt.getTime(),
          sentAt: Date.now(),
        }
        savePendingRegistration(next)
        onSent(next)
        setStatus({ tone: 'success', text: t('registerHospital.verify.resent') })
      },
      onError: (error) => setStatus({ tone: 'danger', text: serverErrorText(error) }),
    }),
  )

  return (
    <div className="flex flex-col items-center gap-1 border-t border-border pt-4 text-center">
      <p className="text-sm text-ink-muted">{t('registerHospital.verify.noCode')}</p>
      <Button
        type="button"
        variant="ghost"
        disabled={wait > 0}
        loading={resend.isPending}
        onClick={async () => {
          setStatus(null)
          const to = await email()
          if (to) resend.mutate({ identifier: to })
        }}
      >
        {resend.isPending ? null : <RotateCw aria-hidden="true" />}
        {wait > 0 ? (
          <span>
            {t('registerHospital.verify.resendIn')} <span className="tabular-nums">{formatSeconds(wait)}</span>
          </span>
        ) : (
          t('registerHospital.verify.resend')
        )}
      </Button>
      <p role="status" className={status?.tone === 'danger' ? 'text-sm text-danger-700' : 'text-sm text-success-700'}>
        {status?.text ?? ''}
      </p>
    </div>
  )
}
