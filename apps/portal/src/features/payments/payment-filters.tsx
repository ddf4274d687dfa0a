import { ZPaymentMethod, ZPaymentStatus } from '@medbook/contracts'
import { Field, Input, useEnumLabel } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { FilterForm, FilterSelect } from '../../lib/filter-form'
import type { usePaymentFilters } from './use-payment-filters'

interface PaymentFiltersProps {
  state: ReturnType<typeof usePaymentFilters>
  /** the staff page picks days here; the admin page has its range picker instead */
  showDates: boolean
  /** admins: the hospitals to choose from */
  hospitals?: readonly { id: string; name: string }[]
}

export function PaymentFilters({ state, showDates, hospitals }: PaymentFiltersProps) {
  const { t } = useTranslation()
  const enumLabel = useEnumLabel()
  const { filters, hasFilters, updateFilters, clearFilters } = state

  return (
    <FilterForm
      className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4 xl:items-end"
      search={{
        label: t('payments.filters.search'),
        placeholder: t('payments.filters.searchPlaceholder'),
        maxLength: 100,
        value: filters.search,
        onApply: (search) => updateFilters({ search }),
        fieldClassName: 'sm:col-span-2',
      }}
      hasFilters={hasFilters}
      clearLabel={t('payments.filters.clear')}
      onClear={clearFilters}
    >
      <FilterSelect
        label={t('payments.filters.status')}
        anyLabel={t('payments.filters.allStatuses')}
        options={ZPaymentStatus.options.map((status) => ({ value: status, label: enumLabel('PaymentStatus', status) }))}
        value={filters.status}
        onChange={(status) => updateFilters({ status })}
      />
      <FilterSelect
        label={t('payments.filters.method')}
        anyLabel={t('payments.filters.allMethods')}
        options={ZPaymentMethod.options.map((method) => ({ value: method, label: enumLabel('PaymentMethod', method) }))}
        value={filters.method}
        onChange={(method) => updateFilters({ method })}
      />
      {hospitals ? (
        <FilterSelect
          label={t('payments.filters.hospital')}
          anyLabel={t('payments.filters.allHospitals')}
          options={hospitals.map((hospital) => ({ value: hospital.id, label: hospital.name }))}
          value={filters.hospitalId}
          onChange={(hospitalId) => updateFilters({ hospitalId })}
          className="sm:col-span-2"
        />
      ) : null}
      {showDates ? (
        <>
          <Field label={t('payments.filters.from')}>
            <Input
              type="date"
              value={filters.from ?? ''}
              max={filters.to}
              onChange={(event) => updateFilters({ from: event.target.value || undefined })}
            />
          </Field>
          <Field label={t('payments.filters.to')}>
            <Input
              type="date"
              value={filters.to ?? ''}
              min={filters.from}
              onChange={(event) => updateFilters({ to: event.target.value || undefined })}
            />
          </Field>
        </>
      ) : null}
    </FilterForm>
  )
}
