import { Button, cn, Field, Input, Select } from '@medbook/ui'
import { ChevronDown, SlidersHorizontal } from 'lucide-react'
import { useId, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { addDays, isIsoDate, todayIn, VIETNAM_TIME_ZONE } from '../booking/local-dates'
import { ANY, feeValue, parseFeeValue, useFilterOptions } from './filter-options'
import { useDoctorFilters } from './use-doctor-filters'

/** How far ahead the search looks for free slots. */
const SEARCH_DAYS = 14

/** The filters: a column beside the results on wide screens, a panel that opens on phones. */
export function DoctorFiltersPanel() {
  const { t } = useTranslation()
  const { filters, panelCount, hasFilters, updateFilters, clearFilters } = useDoctorFilters()
  const options = useFilterOptions(filters)
  const [open, setOpen] = useState(false)
  const panelId = useId()
  const today = todayIn(VIETNAM_TIME_ZONE)

  const select = (value: string | number | undefined) => (value === undefined ? ANY : String(value))
  const pick = (value: string) => (value === ANY ? undefined : value)

  return (
    <aside aria-label={t('doctors.search.filters')}>
      <Button
        variant="secondary"
        className="w-full lg:hidden"
        aria-expanded={open}
        aria-controls={panelId}
        onClick={() => setOpen((value) => !value)}
      >
        <SlidersHorizontal aria-hidden="true" />
        <span className="flex-1 text-left">
          {panelCount > 0 ? t('doctors.search.filtersActive', { count: panelCount }) : t('doctors.search.filters')}
        </span>
        <ChevronDown className={cn('transition-transform', open && 'rotate-180')} aria-hidden="true" />
      </Button>

      <div id={panelId} className={cn('mt-3 lg:mt-0 lg:block', open ? 'block' : 'hidden')}>
        <div className="flex flex-col gap-4 rounded-2xl border border-border bg-surface p-4 shadow-card lg:sticky lg:top-24">
          <div className="hidden items-center justify-between lg:flex">
            <h2 className="text-base font-semibold text-ink">{t('doctors.search.filters')}</h2>
          </div>
          <Field label={t('doctors.search.specialty')}>
            <Select
              options={options.specialties}
              value={select(filters.specialtyId)}
              disabled={options.loading}
              onValueChange={(value) => updateFilters({ specialtyId: pick(value) })}
            />
          </Field>
          <Field label={t('doctors.search.city')}>
            <Select
              options={options.cities}
              value={select(filters.city)}
              disabled={options.loading}
              onValueChange={(value) => updateFilters({ city: pick(value) })}
            />
          </Field>
          <Field label={t('doctors.search.type')}>
            <Select
              options={options.types}
              value={select(filters.type)}
              onValueChange={(value) => updateFilters({ type: pick(value) as typeof filters.type })}
            />
          </Field>
          <div className="flex flex-col gap-1.5">
            <Field label={t('doctors.search.date')}>
              <Input
                type="date"
                min={today}
                max={addDays(today, SEARCH_DAYS - 1)}
                value={filters.availableOn ?? ''}
                onChange={(event) => {
                  const value = event.target.value
                  if (value === '' || isIsoDate(value)) updateFilters({ availableOn: value || undefined })
                }}
              />
            </Field>
            {filters.availableOn ? (
              <Button
                variant="ghost"
                size="sm"
                className="self-start text-primary-700"
                onClick={() => updateFilters({ availableOn: undefined })}
              >
                {t('doctors.search.clearDate')}
              </Button>
            ) : null}
          </div>
          <Field label={t('doctors.search.fee')}>
            <Select
              options={options.fees}
              value={feeValue(filters.feeMin, filters.feeMax)}
              onValueChange={(value) => updateFilters(parseFeeValue(value))}
            />
          </Field>
          <Field label={t('doctors.search.rating')}>
            <Select
              options={options.ratings}
              value={select(filters.minRating)}
              onValueChange={(value) => updateFilters({ minRating: value === ANY ? undefined : Number(value) })}
            />
          </Field>
          <Field label={t('doctors.search.language')}>
            <Select
              options={options.languages}
              value={select(filters.language)}
              onValueChange={(value) => updateFilters({ language: pick(value) })}
            />
          </Field>
          <Field label={t('doctors.search.gender')}>
            <Select
              options={options.genders}
              value={select(filters.gender)}
              onValueChange={(value) => updateFilters({ gender: pick(value) as typeof filters.gender })}
            />
          </Field>
          {hasFilters ? (
            <Button variant="secondary" onClick={clearFilters}>
              {t('doctors.search.clearFilters')}
            </Button>
          ) : null}
        </div>
      </div>
    </aside>
  )
}
