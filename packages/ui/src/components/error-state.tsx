import { RotateCw, TriangleAlert } from 'lucide-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { cn } from '../lib/cn'
import { Button } from './button'

export interface ErrorStateProps {
  title?: ReactNode
  description?: ReactNode
  /** called by the retry button; usually a query's refetch */
  onRetry?: () => void
  retrying?: boolean
  className?: string
}

export function ErrorState({ title, description, onRetry, retrying = false, className }: ErrorStateProps) {
  const { t } = useTranslation('ui')
  return (
    <div
      role="alert"
      className={cn(
        'flex flex-col items-center rounded-2xl border border-danger-50 bg-surface px-6 py-10 text-center shadow-card',
        className,
      )}
    >
      <span className="mb-4 inline-flex size-12 items-center justify-center rounded-full bg-danger-50 text-danger-700">
        <TriangleAlert className="size-6" aria-hidden="true" />
      </span>
      <p className="text-base font-semibold text-ink">{title ?? t('errorTitle')}</p>
      <p className="mt-1 max-w-md text-sm text-ink-muted">{description ?? t('errorDescription')}</p>
      {onRetry ? (
        <Button variant="secondary" className="mt-5" onClick={onRetry} loading={retrying}>
          {retrying ? null : <RotateCw aria-hidden="true" />}
          {t('retry')}
        </Button>
      ) : null}
    </div>
  )
}
