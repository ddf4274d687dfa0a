import { Button, useServerErrorText } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import type { SaveState } from './use-record-autosave'

interface SaveStatusProps {
  state: SaveState
  /** the draft's last save known from the server, before any save of this visit to the page */
  savedBefore: Date | null
  onRetry: () => void
}

export function formatClock(at: Date, language: string): string {
  return new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'vi-VN', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at)
}

/** Where the draft stands: typed but not sent, on its way, saved (and when), or not saved. */
export function SaveStatus({ state, savedBefore, onRetry }: SaveStatusProps) {
  const { t, i18n } = useTranslation()
  const serverErrorText = useServerErrorText()
  const text = (() => {
    switch (state.kind) {
      case 'pending':
        return t('records.save.pending')
      case 'saving':
        return t('records.save.saving')
      case 'saved':
        return t('records.save.saved', { time: formatClock(state.at, i18n.language) })
      case 'error':
        return t('records.save.failed', { reason: serverErrorText(state.error) })
      default:
        return savedBefore
          ? t('records.save.saved', { time: formatClock(savedBefore, i18n.language) })
          : t('records.save.empty')
    }
  })()
  return (
    <div className="flex items-center gap-2">
      <p
        role="status"
        data-testid="save-status"
        className={state.kind === 'error' ? 'text-sm font-medium text-danger-700' : 'text-sm text-ink-muted'}
      >
        {text}
      </p>
      {state.kind === 'error' ? (
        <Button size="sm" variant="secondary" onClick={onRetry}>
          {t('records.save.retry')}
        </Button>
      ) : null}
    </div>
  )
}
