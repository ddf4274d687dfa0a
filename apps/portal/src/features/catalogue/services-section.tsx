import { ZServiceCategory } from '@medbook/contracts'
import {
  Button,
  Card,
  DataTable,
  dataColumnHelper,
  EmptyState,
  ErrorState,
  Field,
  formatVnd,
  Input,
  Select,
} from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import type { inferOutput } from '@trpc/tanstack-react-query'
import { ClipboardList, Pencil, Plus, Search } from 'lucide-react'
import { useDeferredValue, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { fold } from '../specialties/filter-specialties'
import { CategoryBadge, type ServiceCategory } from './category-badge'
import { ServiceDialog } from './service-dialog'

export type CatalogueService = inferOutput<ReturnType<typeof useTRPC>['catalogue']['services']>[number]

const ANY = 'any'
const column = dataColumnHelper<CatalogueService>()

function useColumns(onEdit: (service: CatalogueService) => void) {
  const { t } = useTranslation()
  return useMemo(
    () =>
      column.columns([
        column.accessor('name', {
          header: t('catalogue.services.table.name'),
          sortFn: 'text',
          meta: { className: 'min-w-52 font-semibold text-ink' },
        }),
        column.accessor('category', {
          header: t('catalogue.services.table.category'),
          sortFn: 'text',
          cell: ({ getValue }) => <CategoryBadge category={getValue()} />,
        }),
        column.accessor('basePrice', {
          header: t('catalogue.services.table.basePrice'),
          sortFn: 'basic',
          cell: ({ getValue }) => formatVnd(getValue()),
          meta: { className: 'text-right whitespace-nowrap tabular-nums' },
        }),
        column.accessor('description', {
          header: t('catalogue.services.table.description'),
          enableSorting: false,
          cell: ({ getValue }) => getValue() ?? <span className="italic">{t('catalogue.services.noDescription')}</span>,
          meta: { className: 'min-w-64 text-ink-muted' },
        }),
        column.display({
          id: 'actions',
          header: () => <span className="sr-only">{t('catalogue.services.table.actions')}</span>,
          cell: ({ row }) => (
            <Button
              variant="ghost"
              size="icon"
              aria-label={t('catalogue.services.edit', { name: row.original.name })}
              onClick={() => onEdit(row.original)}
            >
              <Pencil aria-hidden="true" />
            </Button>
          ),
          meta: { className: 'w-14 text-right' },
        }),
      ]),
    [t, onEdit],
  )
}

/** The service catalogue with base prices in VND: filter by words and category, sort, add and edit. */
export function ServicesSection() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const services = useQuery(trpc.catalogue.services.queryOptions())
  const [text, setText] = useState('')
  const [category, setCategory] = useState<ServiceCategory | typeof ANY>(ANY)
  const deferredText = useDeferredValue(text)
  const shown = useMemo(() => {
    const needle = fold(deferredText.trim())
    return (services.data ?? []).filter(
      (service) =>
        (category === ANY || service.category === category) &&
        (!needle || fold(`${service.name} ${service.description ?? ''}`).includes(needle)),
    )
  }, [services.data, deferredText, category])
  const [editing, setEditing] = useState<CatalogueService | 'new' | null>(null)
  const columns = useColumns(setEditing)

  return (
    <>
      <Card className="overflow-hidden">
        <div className="flex flex-col gap-4 border-b border-border p-4 lg:flex-row lg:items-end lg:justify-between sm:p-5">
          <div className="grid gap-4 sm:grid-cols-[minmax(0,1fr)_13rem] lg:w-[36rem]">
            <Field label={t('catalogue.filterLabel')}>
              <Input
                type="search"
                leadingIcon={Search}
                value={text}
                placeholder={t('catalogue.services.filterPlaceholder')}
                onChange={(event) => setText(event.target.value)}
              />
            </Field>
            <Field label={t('catalogue.services.categoryLabel')}>
              <Select
                value={category}
                onValueChange={(value) => setCategory(value as ServiceCategory | typeof ANY)}
                options={[
                  { value: ANY, label: t('catalogue.services.allCategories') },
                  ...ZServiceCategory.options.map((value) => ({ value, label: t(`catalogue.category.${value}`) })),
                ]}
              />
            </Field>
          </div>
          <div className="flex items-center justify-between gap-4">
            {services.data ? (
              <p className="text-sm text-ink-muted" aria-live="polite">
                {t('catalogue.services.count', { count: shown.length })}
              </p>
            ) : null}
            <Button onClick={() => setEditing('new')}>
              <Plus aria-hidden="true" />
              {t('catalogue.services.add')}
            </Button>
          </div>
        </div>
        {services.isError ? (
          <ErrorState
            className="rounded-none border-0 shadow-none"
            title={t('catalogue.errorTitle')}
            onRetry={() => void services.refetch()}
            retrying={services.isRefetching}
          />
        ) : (
          <DataTable
            label={t('catalogue.services.table.caption')}
            columns={columns}
            data={shown}
            loading={services.isPending}
            getRowId={(row) => row.id}
            initialSorting={[{ id: 'name', desc: false }]}
            pageSize={25}
            empty={
              <EmptyState
                icon={ClipboardList}
                className="rounded-none border-0"
                title={
                  (services.data?.length ?? 0) === 0 ? t('catalogue.services.none') : t('catalogue.services.empty')
                }
              />
            }
          />
        )}
      </Card>
      {editing ? <ServiceDialog service={editing === 'new' ? null : editing} onClose={() => setEditing(null)} /> : null}
    </>
  )
}
