import { Card } from '@medbook/ui'
import { ShieldCheck } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { HospitalSearchForm } from '../hospitals/hospital-search-form'
import { CatalogueStats } from './catalogue-stats'

export function Hero() {
  const { t } = useTranslation()
  return (
    <div className="border-b border-border bg-gradient-to-b from-primary-50 to-canvas">
      <div className="mx-auto max-w-6xl px-4 pt-10 pb-10 sm:px-6 sm:pt-16 sm:pb-14">
        <div className="lg:grid lg:grid-cols-[minmax(0,1fr)_18rem] lg:items-end lg:gap-12">
          <div>
            <p className="inline-flex items-center gap-1.5 rounded-full bg-surface px-3 py-1 text-xs font-semibold text-primary-800 shadow-card">
              <ShieldCheck className="size-4" aria-hidden="true" />
              {t('hero.eyebrow')}
            </p>
            <h1 className="mt-4 max-w-2xl text-3xl leading-tight font-bold tracking-tight text-ink sm:text-4xl lg:text-5xl">
              {t('hero.title')}
            </h1>
            <p className="mt-3 max-w-2xl text-base text-ink-muted sm:text-lg">{t('hero.subtitle')}</p>
          </div>
          <div className="hidden lg:block">
            <CatalogueStats />
          </div>
        </div>
        <Card className="mt-8 p-4 sm:p-5">
          <HospitalSearchForm />
        </Card>
      </div>
    </div>
  )
}
