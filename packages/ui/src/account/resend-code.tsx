import { useMutation } from '@tanstack/react-query'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../api/trpc'
import { useServerErrorText } from '../forms/use-error-text'
import type { PendingVerification, PendingVerificationStore } from './pending-verification'
import { ResendControl, type ResendStatus } from './resend-control'

interface ResendCodeProps {
  pending: PendingVerification | null
  store: PendingVerificationStore
  /** the address to send to, or null when the form's own field is not valid yet */
  identifier: () => string | null | Promise<string | null>
  onSent: (pending: PendingVerification) => void
}

/** A new verification code; the screen counts down to the expiry the server gives it. */
export function ResendCode({ pending, store, identifier, onSent }: ResendCodeProps) {
  const { t } = useTranslation('ui')
  const trpc = useTRPC()
  const serverErrorText = useServerErrorText()
  const [status, setStatus] = useState<ResendStatus | null>(null)

  const resend = useMutation(
    trpc.auth.resendCode.mutationOptions({
      onSuccess: (result, input) => {
        const next = {
          identifier: input.identifier,
          sentTo: pending?.sentTo ?? null,
          codeExpiresAt: result.expiresAt.getTime(),
          sentAt: Date.now(),
        }
        store.save(next)
        onSent(next)
        setStatus({ tone: 'success', text: t('account.verify.resent') })
      },
      onError: (error) => setStatus({ tone: 'danger', text: serverErrorText(error) }),
    }),
  )

  return (
    <ResendControl
      sentAt={pending?.sentAt ?? null}
      loading={resend.isPending}
      status={status}
      onResend={async () => {
        setStatus(null)
        const to = await identifier()
        if (to) resend.mutate({ identifier: to })
      }}
    />
  )
}
