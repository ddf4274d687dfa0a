import { ZUserRole } from '@medbook/contracts'
import { Button, Field, Input, Select, type SelectOption } from '@medbook/ui'
import { X } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { ACTIVITY_ACTIONS } from './activity-actions'
import { type ActivityFilters as Filters, useActivityFilters } from './use-activity-filters'

/** Radix Select reserves the empty value, so "no filter" has a name of its own. */
const ANY = 'any'

export function ActivityFilters() {
  const { t } = useTranslation()
  const { filters, hasFilters, updateFilters, clearFilters } = useActivityFilters()

  const actionOptions: SelectOption[] = [
    { value: ANY, label: t('activity.allActions') },
    ...ACTIVITY_ACTIONS.map((action) => ({ value: action, label: t(`activity.actions.${action}`) })),
  ]
  const roleOptions: SelectOption[] = [
    { value: ANY, label: t('activity.allRoles') },
    ...ZUserRole.options.map((role) => ({ value: role, label: t(`roles.${role}`) })),
  ]

  return (
    <search>
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-[minmax(0,1fr)_12rem_10.5rem_10.5rem_auto] xl:items-end">
        <Field label={t('activity.actionLabel')}>
          <Select
            options={actionOptions}
            value={filters.action ?? ANY}
            onValueChange={(action) => updateFilters({ action: action === ANY ? undefined : action })}
          />
        </Field>
        <Field label={t('activity.roleLabel')}>
          <Select
            options={roleOptions}
            value={filters.role ?? ANY}
            onValueChange={(role) => updateFilters({ role: role === ANY ? undefined : (role as Filters['role']) })}
          />
        </Field>
        <Field label={t('activity.fromLabel')}>
          <Input
            type="date"
            value={filters.from ?? ''}
            max={filters.to}
            onChange={(event) => updateFilters({ from: event.target.value || undefined })}
          />
        </Field>
        <Field label={t('activity.toLabel')}>
          <Input
            type="date"
            value={filters.to ?? ''}
            min={filters.from}
            onChange={(event) => updateFilters({ to: event.target.value || undefined })}
          />
        </Field>
        {hasFilters ? (
          <Button variant="ghost" className="justify-self-start" onClick={clearFilters}>
            <X aria-hidden="true" />
            {t('activity.clearFilters')}
          </Button>
        ) : null}
      </div>
      {filters.userId ? (
        <p className="mt-3 flex flex-wrap items-center gap-2 text-sm text-ink-muted">
          {t('activity.userFilter')}
          <Button variant="subtle" size="sm" onClick={() => updateFilters({ userId: undefined })}>
            <X aria-hidden="true" />
            {t('activity.clearUser')}
          </Button>
        </p>
      ) : null}
    </search>
  )
}
