import { TriangleAlert } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Button } from './button'
import { Spinner } from './spinner'

/** Fills the page while the first route's code downloads. */
export function LoadingScreen() {
  const { t } = useTranslation('ui')
  return (
    <div className="flex min-h-dvh items-center justify-center text-primary-700">
      <Spinner className="size-8" label={t('loading')} />
    </div>
  )
}

/** A route that failed to load or render, most often a stale chunk after a release: reloading fixes it. */
export function PageErrorScreen() {
  const { t } = useTranslation('ui')
  return (
    <div role="alert" className="mx-auto flex max-w-md flex-col items-center px-4 py-20 text-center">
      <span className="mb-4 inline-flex size-12 items-center justify-center rounded-full bg-danger-50 text-danger-700">
        <TriangleAlert className="size-6" aria-hidden="true" />
      </span>
      <h1 className="text-xl font-bold text-ink">{t('pageErrorTitle')}</h1>
      <p className="mt-2 text-ink-muted">{t('pageErrorDescription')}</p>
      <Button className="mt-6" onClick={() => window.location.reload()}>
        {t('reloadPage')}
      </Button>
    </div>
  )
}
