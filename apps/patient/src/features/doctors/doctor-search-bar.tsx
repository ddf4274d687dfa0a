import { zodResolver } from '@hookform/resolvers/zod'
import { ZSearchDoctorsInput } from '@medbook/contracts'
import { Button, Field, Input } from '@medbook/ui'
import { Search } from 'lucide-react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { useDoctorFilters } from './use-doctor-filters'

const ZDoctorNameSearch = z.object({ query: ZSearchDoctorsInput.shape.query })

type TDoctorNameSearchInput = z.input<typeof ZDoctorNameSearch>
type TDoctorNameSearch = z.output<typeof ZDoctorNameSearch>

/** The doctor's name; accents do not matter ("nguyen van an" finds "Nguyễn Văn An"). */
export function DoctorSearchBar() {
  const { t } = useTranslation()
  const { filters, updateFilters } = useDoctorFilters()
  const form = useForm<TDoctorNameSearchInput, unknown, TDoctorNameSearch>({
    resolver: zodResolver(ZDoctorNameSearch),
    // follows the address bar, so "Clear filters" and the back button reset it too
    values: { query: filters.query ?? '' },
  })

  return (
    <search>
      <form
        noValidate
        onSubmit={form.handleSubmit((values) => updateFilters({ query: values.query || undefined }))}
        className="flex flex-col gap-3 sm:flex-row sm:items-end"
      >
        <Field
          label={t('doctors.search.queryLabel')}
          error={form.formState.errors.query ? t('doctors.search.queryTooLong') : undefined}
          className="flex-1"
        >
          <Input
            type="search"
            leadingIcon={Search}
            placeholder={t('doctors.search.queryPlaceholder')}
            maxLength={100}
            enterKeyHint="search"
            autoComplete="off"
            {...form.register('query')}
          />
        </Field>
        <Button type="submit" size="lg" className="sm:h-11">
          <Search aria-hidden="true" />
          {t('doctors.search.submit')}
        </Button>
      </form>
    </search>
  )
}
