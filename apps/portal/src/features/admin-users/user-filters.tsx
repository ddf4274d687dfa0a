import { ZUserRole, ZUserStatus } from '@medbook/contracts'
import { useTranslation } from 'react-i18next'
import { FilterForm, FilterSelect } from '../../lib/filter-form'
import { useUserFilters } from './use-user-filters'

export function UserFilters() {
  const { t } = useTranslation()
  const { filters, hasFilters, updateFilters, clearFilters } = useUserFilters()

  return (
    <FilterForm
      className="grid gap-4 md:grid-cols-2 xl:grid-cols-[minmax(0,1fr)_12rem_12rem_auto] xl:items-end"
      search={{
        label: t('users.searchLabel'),
        placeholder: t('users.searchPlaceholder'),
        maxLength: 100,
        value: filters.query,
        onApply: (query) => updateFilters({ query }),
        fieldClassName: 'md:col-span-2 xl:col-span-1',
      }}
      hasFilters={hasFilters}
      clearLabel={t('users.clearFilters')}
      onClear={clearFilters}
    >
      <FilterSelect
        label={t('users.roleLabel')}
        anyLabel={t('users.allRoles')}
        options={ZUserRole.options.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        value={filters.role}
        onChange={(role) => updateFilters({ role })}
      />
      <FilterSelect
        label={t('users.statusLabel')}
        anyLabel={t('users.allStatuses')}
        options={ZUserStatus.options.map((status) => ({ value: status, label: t(`users.status.${status}`) }))}
        value={filters.status}
        onChange={(status) => updateFilters({ status })}
      />
    </FilterForm>
  )
}
