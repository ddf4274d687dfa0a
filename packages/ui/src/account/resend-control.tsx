import { RotateCw } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Button } from '../components/button'
import { formatSeconds, useCountdown } from '../lib/use-countdown'

const RESEND_AFTER_MS = 60_000

export interface ResendStatus {
  tone: 'success' | 'danger'
  text: string
}

export interface ResendControlProps {
  /** when the last code went out (epoch ms); the button waits a minute after it */
  sentAt: number | null
  loading: boolean
  onResend: () => void
  status: ResendStatus | null
}

/** "Send a new code", available a minute after the last one went out, and what came of it. */
export function ResendControl({ sentAt, loading, onResend, status }: ResendControlProps) {
  const { t } = useTranslation('ui')
  const wait = useCountdown(sentAt ? sentAt + RESEND_AFTER_MS : null)
  return (
    <div className="flex flex-col items-center gap-1 border-t border-border pt-4 text-center">
      <p className="text-sm text-ink-muted">{t('account.verify.noCode')}</p>
      <Button type="button" variant="ghost" disabled={wait > 0} loading={loading} onClick={onResend}>
        {loading ? null : <RotateCw aria-hidden="true" />}
        {wait > 0 ? (
          <span>
            {t('account.verify.resendIn')} <span className="tabular-nums">{formatSeconds(wait)}</span>
          </span>
        ) : (
          t('account.verify.resend')
        )}
      </Button>
      <p role="status" className={status?.tone === 'danger' ? 'text-sm text-danger-700' : 'text-sm text-success-700'}>
        {status?.text ?? ''}
      </p>
    </div>
  )
}
