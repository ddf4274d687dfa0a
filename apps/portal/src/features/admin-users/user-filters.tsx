import { ZUserRole, ZUserStatus } from '@medbook/contracts'
import { Button, Field, Input, Select, type SelectOption } from '@medbook/ui'
import { Search, X } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useDebouncedCallback } from '../../lib/use-debounced-callback'
import { type UserFilters as Filters, useUserFilters } from './use-user-filters'

/** Radix Select reserves the empty value, so "no filter" has a name of its own. */
const ANY = 'any'

export function UserFilters() {
  const { t } = useTranslation()
  const { filters, hasFilters, updateFilters, clearFilters } = useUserFilters()
  const [text, setText] = useState(filters.query ?? '')
  const applyText = useDebouncedCallback((value: string) => updateFilters({ query: value.trim() || undefined }), 300)

  const roleOptions: SelectOption[] = [
    { value: ANY, label: t('users.allRoles') },
    ...ZUserRole.options.map((role) => ({ value: role, label: t(`roles.${role}`) })),
  ]
  const statusOptions: SelectOption[] = [
    { value: ANY, label: t('users.allStatuses') },
    ...ZUserStatus.options.map((status) => ({ value: status, label: t(`users.status.${status}`) })),
  ]

  return (
    <search>
      <form
        className="grid gap-4 md:grid-cols-2 xl:grid-cols-[minmax(0,1fr)_12rem_12rem_auto] xl:items-end"
        onSubmit={(event) => {
          event.preventDefault()
          applyText.cancel()
          updateFilters({ query: text.trim() || undefined })
        }}
      >
        <Field label={t('users.searchLabel')} className="md:col-span-2 xl:col-span-1">
          <Input
            type="search"
            leadingIcon={Search}
            value={text}
            maxLength={100}
            placeholder={t('users.searchPlaceholder')}
            onChange={(event) => {
              setText(event.target.value)
              applyText.call(event.target.value)
            }}
          />
        </Field>
        <Field label={t('users.roleLabel')}>
          <Select
            options={roleOptions}
            value={filters.role ?? ANY}
            onValueChange={(role) => updateFilters({ role: role === ANY ? undefined : (role as Filters['role']) })}
          />
        </Field>
        <Field label={t('users.statusLabel')}>
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
            {t('users.clearFilters')}
          </Button>
        ) : null}
      </form>
    </search>
  )
}
