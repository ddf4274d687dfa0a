import { zodResolver } from '@hookform/resolvers/zod'
import { HOSPITAL_SEARCH_EXAMPLES, ZSearchHospitalsInput } from '@medbook/contracts'
import { Button, Field, Input, Select } from '@medbook/ui'
import { Search } from 'lucide-react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { scrollToResults } from './scroll-to-results'
import { ALL_CITIES, useCityOptions } from './use-city-options'
import { useHospitalFilters } from './use-hospital-filters'

const ZHospitalSearchForm = ZSearchHospitalsInput.pick({ query: true }).extend({ city: z.string() })

type THospitalSearchFormInput = z.input<typeof ZHospitalSearchForm>
type THospitalSearchForm = z.output<typeof ZHospitalSearchForm>

export function HospitalSearchForm() {
  const { t } = useTranslation()
  const { filters, updateFilters } = useHospitalFilters()
  const cities = useCityOptions()
  const form = useForm<THospitalSearchFormInput, unknown, THospitalSearchForm>({
    resolver: zodResolver(ZHospitalSearchForm),
    // follows the address bar, so "Clear filters" and the back button reset the form too
    values: { query: filters.query ?? '', city: filters.city ?? ALL_CITIES },
  })

  const search = form.handleSubmit((values) => {
    updateFilters({ query: values.query || undefined, city: values.city === ALL_CITIES ? undefined : values.city })
    scrollToResults()
  })

  return (
    <search>
      <form onSubmit={search} noValidate className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_14rem_auto] sm:items-start">
        <Field label={t('search.label')} error={form.formState.errors.query ? t('search.queryTooLong') : undefined}>
          <Input
            type="search"
            leadingIcon={Search}
            placeholder={t('search.placeholder', { examples: HOSPITAL_SEARCH_EXAMPLES.join(', ') })}
            maxLength={100}
            enterKeyHint="search"
            autoComplete="off"
            {...form.register('query')}
          />
        </Field>
        <Controller
          control={form.control}
          name="city"
          render={({ field }) => (
            <Field label={t('search.cityLabel')}>
              <Select
                name={field.name}
                options={cities.options}
                value={field.value}
                disabled={cities.loading}
                onValueChange={(city) => {
                  field.onChange(city)
                  void search()
                }}
              />
            </Field>
          )}
        />
        <Button type="submit" size="lg" className="sm:mt-[1.625rem] sm:h-11">
          <Search aria-hidden="true" />
          {t('search.submit')}
        </Button>
      </form>
    </search>
  )
}
