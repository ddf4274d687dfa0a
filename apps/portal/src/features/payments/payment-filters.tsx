import { ZPaymentMethod, ZPaymentStatus } from '@medbook/contracts'
import { Button, Field, Input, Select, type SelectOption, useEnumLabel } from '@medbook/ui'
import { Search, X } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useDebouncedCallback } from '../../lib/use-debounced-callback'
import type { PaymentFilters as Filters, usePaymentFilters } from './use-payment-filters'

/** Radix Select reserves the empty value, so "no filter" has a name of its own. */
const ANY = 'any'

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
  const [text, setText] = useState(filters.search ?? '')
  const applyText = useDebouncedCallback((value: string) => updateFilters({ search: value.trim() || undefined }), 300)

  const statusOptions: SelectOption[] = [
    { value: ANY, label: t('payments.filters.allStatuses') },
    ...ZPaymentStatus.options.map((status) => ({ value: status, label: enumLabel('PaymentStatus', status) })),
  ]
  const methodOptions: SelectOption[] = [
    { value: ANY, label: t('payments.filters.allMethods') },
    ...ZPaymentMethod.options.map((method) => ({ value: method, label: enumLabel('PaymentMethod', method) })),
  ]
  const hospitalOptions: SelectOption[] = hospitals
    ? [
        { value: ANY, label: t('payments.filters.allHospitals') },
        ...hospitals.map((hospital) => ({ value: hospital.id, label: hospital.name })),
      ]
    : []

  return (
    <search>
      <form
        className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4 xl:items-end"
        onSubmit={(event) => {
          event.preventDefault()
          applyText.cancel()
          updateFilters({ search: text.trim() || undefined })
        }}
      >
        <Field label={t('payments.filters.search')} className="sm:col-span-2">
          <Input
            type="search"
            leadingIcon={Search}
            value={text}
            maxLength={100}
            placeholder={t('payments.filters.searchPlaceholder')}
            onChange={(event) => {
              setText(event.target.value)
              applyText.call(event.target.value)
            }}
          />
        </Field>
        <Field label={t('payments.filters.status')}>
          <Select
            options={statusOptions}
            value={filters.status ?? ANY}
            onValueChange={(status) =>
              updateFilters({ status: status === ANY ? undefined : (status as Filters['status']) })
            }
          />
        </Field>
        <Field label={t('payments.filters.method')}>
          <Select
            options={methodOptions}
            value={filters.method ?? ANY}
            onValueChange={(method) =>
              updateFilters({ method: method === ANY ? undefined : (method as Filters['method']) })
            }
          />
        </Field>
        {hospitals ? (
          <Field label={t('payments.filters.hospital')} className="sm:col-span-2">
            <Select
              options={hospitalOptions}
              value={filters.hospitalId ?? ANY}
              onValueChange={(hospitalId) => updateFilters({ hospitalId: hospitalId === ANY ? undefined : hospitalId })}
            />
          </Field>
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
            {t('payments.filters.clear')}
          </Button>
        ) : null}
      </form>
    </search>
  )
}
