import { useTranslation } from 'react-i18next'
import { Button } from './button'

export interface LoadMoreProps {
  hasMore: boolean
  loading: boolean
  onLoadMore: () => void
}

/** The end of a cursor-paginated list: a button while there is more, a quiet note after. */
export function LoadMore({ hasMore, loading, onLoadMore }: LoadMoreProps) {
  const { t } = useTranslation('ui')
  if (!hasMore) return <p className="py-4 text-center text-sm text-ink-muted">{t('endOfList')}</p>
  return (
    <div className="flex justify-center py-2">
      <Button variant="secondary" size="lg" className="w-full sm:w-auto" onClick={onLoadMore} loading={loading}>
        {loading ? t('loadingMore') : t('loadMore')}
      </Button>
    </div>
  )
}
