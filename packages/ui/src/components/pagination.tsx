import { ChevronLeft, ChevronRight } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { cn } from '../lib/cn'
import { Button } from './button'

export interface PaginationProps {
  /** 1-based */
  page: number
  hasPrevious: boolean
  hasNext: boolean
  onPrevious: () => void
  onNext: () => void
  /** e.g. "Showing 21–40"; shown beside the page number */
  summary?: string
  className?: string
}

/** Previous / next paging for cursor-based lists, where the total number of pages is unknown. */
export function Pagination({ page, hasPrevious, hasNext, onPrevious, onNext, summary, className }: PaginationProps) {
  const { t } = useTranslation('ui')
  return (
    <nav aria-label={t('pagination')} className={cn('flex items-center justify-between gap-3', className)}>
      <p className="text-sm text-ink-muted" aria-live="polite">
        {t('pageNumber', { page })}
        {summary ? <span className="hidden sm:inline"> · {summary}</span> : null}
      </p>
      <div className="flex gap-2">
        <Button variant="secondary" size="sm" onClick={onPrevious} disabled={!hasPrevious}>
          <ChevronLeft aria-hidden="true" />
          <span>{t('previousPage')}</span>
        </Button>
        <Button variant="secondary" size="sm" onClick={onNext} disabled={!hasNext}>
          <span>{t('nextPage')}</span>
          <ChevronRight aria-hidden="true" />
        </Button>
      </div>
    </nav>
  )
}
