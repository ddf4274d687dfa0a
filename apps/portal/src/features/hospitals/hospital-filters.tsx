import { ZHospitalType } from '@medbook/contracts'
import { Button, Field, Input, Select, type SelectOption } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { Search, X } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { useDebouncedCallback } from '../../lib/use-debounced-callback'
import { type HospitalTableFilters, useHospitalTableFilters } from './use-hospital-table-filters'

/** Radix Select reserves the empty value, so "no filter" has a name of its own. */
const ANY = 'any'

export function HospitalFilters() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const cities = useQuery(trpc.hospitals.cities.queryOptions())
  const { filters, hasFilters, updateFilters, clearFilters } = useHospitalTableFilters()

  // typing filters as you go, without a request per keystroke
  const [text, setText] = useState(filters.query ?? '')
  const applyText = useDebouncedCallback((value: string) => updateFilters({ query: value.trim() || undefined }), 300)

  const cityOptions: SelectOption[] = [
    { value: ANY, label: t('hospitals.allCities') },
    ...(cities.data ?? []).map((entry) => ({ value: entry.city, label: `${entry.city} (${entry.hospitalCount})` })),
  ]
  const typeOptions: SelectOption[] = [
    { value: ANY, label: t('hospitals.allTypes') },
    ...ZHospitalType.options.map((type) => ({ value: type, label: t(`hospitals.type.${type}`) })),
  ]

  return (
    <search>
      <form
        className="grid gap-4 md:grid-cols-2 xl:grid-cols-[minmax(0,1fr)_13rem_13rem_auto] xl:items-end"
        onSubmit={(event) => {
          event.preventDefault()
          applyText.cancel()
          updateFilters({ query: text.trim() || undefined })
        }}
      >
        <Field label={t('hospitals.searchLabel')} className="md:col-span-2 xl:col-span-1">
          <Input
            type="search"
            leadingIcon={Search}
            value={text}
            maxLength={100}
            placeholder={t('hospitals.searchPlaceholder')}
            onChange={(event) => {
              setText(event.target.value)
              applyText.call(event.target.value)
            }}
          />
        </Field>
        <Field label={t('hospitals.cityLabel')}>
          <Select
            options={cityOptions}
            value={filters.city ?? ANY}
            disabled={cities.isPending}
            onValueChange={(city) => updateFilters({ city: city === ANY ? undefined : city })}
          />
        </Field>
        <Field label={t('hospitals.typeLabel')}>
          <Select
            options={typeOptions}
            value={filters.type ?? ANY}
            onValueChange={(type) =>
              updateFilters({ type: type === ANY ? undefined : (type as HospitalTableFilters['type']) })
            }
          />
        </Field>
        {hasFilters ? (
          <Button
            variant="ghost"
            className="justify-self-start"
            onClick={() => {
              applyText.cancel()
              setText('')
              clearFilters()
            }}
          >
            <X aria-hidden="true" />
            {t('hospitals.clearFilters')}
          </Button>
        ) : null}
      </form>
    </search>
  )
}
