import { Spinner } from '@medbook/ui'
import { useTranslation } from 'react-i18next'

/** Shown for the moment the first page's code is downloading. */
export function AppLoading() {
  const { t } = useTranslation('ui')
  return (
    <div className="flex min-h-dvh items-center justify-center text-primary-700">
      <Spinner className="size-8" label={t('loading')} />
    </div>
  )
}
