import { ZPromotionStatus } from '@medbook/contracts'
import { Button, Field, Input, Select, type SelectOption, useEnumLabel } from '@medbook/ui'
import { Search, X } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useDebouncedCallback } from '../../lib/use-debounced-callback'
import { type PromotionFilters as Filters, usePromotionFilters } from './use-promotion-filters'

/** Radix Select reserves the empty value, so "no filter" has a name of its own. */
const ANY = 'any'

export function PromotionFilters() {
  const { t } = useTranslation()
  const enumLabel = useEnumLabel()
  const { filters, hasFilters, updateFilters, clearFilters } = usePromotionFilters()
  const [text, setText] = useState(filters.code ?? '')
  const applyText = useDebouncedCallback((value: string) => updateFilters({ code: value.trim() || undefined }), 300)

  const statusOptions: SelectOption[] = [
    { value: ANY, label: t('promotions.allStatuses') },
    ...ZPromotionStatus.options.map((status) => ({ value: status, label: enumLabel('PromotionStatus', status) })),
  ]

  return (
    <search>
      <form
        className="grid gap-4 md:grid-cols-[minmax(0,1fr)_14rem_auto] md:items-end"
        onSubmit={(event) => {
          event.preventDefault()
          applyText.cancel()
          updateFilters({ code: text.trim() || undefined })
        }}
      >
        <Field label={t('promotions.searchLabel')}>
          <Input
            type="search"
            leadingIcon={Search}
            value={text}
            maxLength={32}
            placeholder={t('promotions.searchPlaceholder')}
            onChange={(event) => {
              setText(event.target.value)
              applyText.call(event.target.value)
            }}
          />
        </Field>
        <Field label={t('promotions.statusLabel')}>
          <Select
            options={statusOptions}
            value={filters.status ?? ANY}
            onValueChange={(status) =>
              updateFilters({ status: status === ANY ? undefined : (status as Filters['status']) })
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
            {t('promotions.clearFilters')}
          </Button>
        ) : null}
      </form>
    </search>
  )
}
