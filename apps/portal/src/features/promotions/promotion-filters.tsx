import { ZPromotionStatus } from '@medbook/contracts'
import { useEnumLabel } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { FilterForm, FilterSelect } from '../../lib/filter-form'
import { usePromotionFilters } from './use-promotion-filters'

export function PromotionFilters() {
  const { t } = useTranslation()
  const enumLabel = useEnumLabel()
  const { filters, hasFilters, updateFilters, clearFilters } = usePromotionFilters()

  return (
    <FilterForm
      className="grid gap-4 md:grid-cols-[minmax(0,1fr)_14rem_auto] md:items-end"
      search={{
        label: t('promotions.searchLabel'),
        placeholder: t('promotions.searchPlaceholder'),
        maxLength: 32,
        value: filters.code,
        onApply: (code) => updateFilters({ code }),
      }}
      hasFilters={hasFilters}
      clearLabel={t('promotions.clearFilters')}
      onClear={clearFilters}
    >
      <FilterSelect
        label={t('promotions.statusLabel')}
        anyLabel={t('promotions.allStatuses')}
        options={ZPromotionStatus.options.map((status) => ({
          value: status,
          label: enumLabel('PromotionStatus', status),
        }))}
        value={filters.status}
        onChange={(status) => updateFilters({ status })}
      />
    </FilterForm>
  )
}
