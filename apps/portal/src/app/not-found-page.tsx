import { Button } from '@medbook/ui'
import { SearchX } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

export function NotFoundPage() {
  const { t } = useTranslation()
  return (
    <div className="mx-auto flex max-w-md flex-col items-center py-16 text-center">
      <span className="mb-4 inline-flex size-12 items-center justify-center rounded-full bg-primary-50 text-primary-700">
        <SearchX className="size-6" aria-hidden="true" />
      </span>
      <h1 className="text-xl font-bold text-ink">{t('notFound.title')}</h1>
      <p className="mt-2 text-ink-muted">{t('notFound.description')}</p>
      <Button asChild className="mt-6">
        <Link to="/hospitals">{t('notFound.backHome')}</Link>
      </Button>
    </div>
  )
}
