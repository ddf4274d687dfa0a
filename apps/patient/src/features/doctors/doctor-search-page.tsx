import { Card } from '@medbook/ui'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'
import { DoctorFiltersPanel } from './doctor-filters-panel'
import { DoctorResults } from './doctor-results'
import { DoctorSearchBar } from './doctor-search-bar'
import { type DoctorSort, useDoctorFilters } from './use-doctor-filters'
import { useNearMe } from './use-near-me'

export function DoctorSearchPage() {
  const { t } = useTranslation()
  const { filters, updateFilters } = useDoctorFilters()
  const near = useNearMe()
  const { status, locate } = near

  // "nearest" in the address (a shared link, a reload) asks for the position once
  useEffect(() => {
    if (filters.sort === 'distance' && status === 'idle') locate()
  }, [filters.sort, status, locate])

  // no position: fall back to the default order, the notice says why
  useEffect(() => {
    if (filters.sort === 'distance' && (status === 'denied' || status === 'unsupported')) {
      updateFilters({ sort: 'earliest' })
    }
  }, [filters.sort, status, updateFilters])

  function changeSort(sort: DoctorSort) {
    if (sort === 'distance') locate()
    updateFilters({ sort })
  }

  return (
    <>
      <div className="border-b border-border bg-gradient-to-b from-primary-50 to-canvas">
        <div className="mx-auto max-w-6xl px-4 pt-8 pb-6 sm:px-6 sm:pt-12 sm:pb-10">
          <h1 className="text-2xl font-bold tracking-tight text-ink sm:text-3xl">{t('doctors.search.title')}</h1>
          <p className="mt-1 text-sm text-ink-muted sm:text-base">{t('doctors.search.description')}</p>
          <Card className="mt-5 p-4 sm:p-5">
            <DoctorSearchBar />
          </Card>
        </div>
      </div>
      <div className="mx-auto flex max-w-6xl flex-col gap-5 px-4 py-6 sm:px-6 sm:py-8 lg:grid lg:grid-cols-[16rem_minmax(0,1fr)] lg:items-start lg:gap-8">
        <DoctorFiltersPanel />
        <DoctorResults near={near} onSortChange={changeSort} />
      </div>
    </>
  )
}
