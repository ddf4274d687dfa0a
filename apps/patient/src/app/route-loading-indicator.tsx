import { Spinner } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { useNavigation } from 'react-router'

/** After a click, while the next page's code downloads (routes are lazy), the current page stays and this shows it is coming. */
export function RouteLoadingIndicator() {
  const { t } = useTranslation('ui')
  const navigation = useNavigation()
  if (navigation.state !== 'loading') return null
  return (
    <div className="pointer-events-none fixed inset-x-0 top-0 z-50">
      <div className="h-0.5 w-full bg-primary-600 motion-safe:animate-pulse" />
      <div className="absolute top-3 left-1/2 -translate-x-1/2 rounded-full bg-surface p-1.5 text-primary-700 shadow-card">
        <Spinner label={t('loading')} />
      </div>
    </div>
  )
}
