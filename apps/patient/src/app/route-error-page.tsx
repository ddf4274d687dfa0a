import { Button } from '@medbook/ui'
import { TriangleAlert } from 'lucide-react'
import { useTranslation } from 'react-i18next'

/** Shown when a route fails to load or render, most often a stale chunk after a deploy. */
export function RouteErrorPage() {
  const { t } = useTranslation()
  return (
    <div role="alert" className="mx-auto flex max-w-md flex-col items-center px-4 py-20 text-center">
      <span className="mb-4 inline-flex size-12 items-center justify-center rounded-full bg-danger-50 text-danger-700">
        <TriangleAlert className="size-6" aria-hidden="true" />
      </span>
      <h1 className="text-xl font-bold text-ink">{t('routeError.title')}</h1>
      <p className="mt-2 text-ink-muted">{t('routeError.description')}</p>
      <Button className="mt-6" onClick={() => window.location.reload()}>
        {t('routeError.reload')}
      </Button>
    </div>
  )
}
