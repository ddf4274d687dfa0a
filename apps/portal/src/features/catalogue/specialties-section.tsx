import type { TSpecialty } from '@medbook/contracts'
import { Button, Card, DataTable, dataColumnHelper, EmptyState, ErrorState, Field, Input } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { Pencil, Plus, Search, Stethoscope } from 'lucide-react'
import { useDeferredValue, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { filterSpecialties } from '../specialties/filter-specialties'
import { SpecialtyDialog } from './specialty-dialog'

const column = dataColumnHelper<TSpecialty>()

function useColumns(onEdit: (specialty: TSpecialty) => void) {
  const { t } = useTranslation()
  return useMemo(
    () =>
      column.columns([
        column.accessor('name', {
          header: t('catalogue.specialties.table.name'),
          sortFn: 'text',
          meta: { className: 'min-w-44 font-semibold text-ink' },
        }),
        column.accessor('nameEn', {
          header: t('catalogue.specialties.table.nameEn'),
          sortFn: 'text',
          cell: ({ getValue }) => <span lang="en">{getValue()}</span>,
          meta: { className: 'min-w-40' },
        }),
        column.accessor('icon', {
          header: t('catalogue.specialties.table.icon'),
          enableSorting: false,
          cell: ({ getValue }) => {
            const icon = getValue()
            return icon ? (
              <code className="rounded bg-surface-muted px-1.5 py-0.5 text-xs break-all text-ink-muted">{icon}</code>
            ) : (
              <span className="text-ink-muted italic">{t('catalogue.specialties.noIcon')}</span>
            )
          },
          meta: { className: 'max-w-56' },
        }),
        column.accessor('doctorCount', {
          header: t('catalogue.specialties.table.doctors'),
          sortFn: 'basic',
          meta: { className: 'text-right tabular-nums' },
        }),
        column.accessor('description', {
          header: t('catalogue.specialties.table.description'),
          enableSorting: false,
          cell: ({ getValue }) =>
            getValue() ?? <span className="italic">{t('catalogue.specialties.noDescription')}</span>,
          meta: { className: 'min-w-64 text-ink-muted' },
        }),
        column.display({
          id: 'actions',
          header: () => <span className="sr-only">{t('catalogue.specialties.table.actions')}</span>,
          cell: ({ row }) => (
            <Button
              variant="ghost"
              size="icon"
              aria-label={t('catalogue.specialties.edit', { name: row.original.name })}
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

/** The specialty catalogue: filtered as you type (without accents too), sortable, edited in a dialog. */
export function SpecialtiesSection() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const specialties = useQuery(trpc.specialties.list.queryOptions())
  const [text, setText] = useState('')
  const deferredText = useDeferredValue(text)
  const shown = useMemo(() => filterSpecialties(specialties.data ?? [], deferredText), [specialties.data, deferredText])
  const [editing, setEditing] = useState<TSpecialty | 'new' | null>(null)
  const columns = useColumns(setEditing)

  return (
    <>
      <Card className="overflow-hidden">
        <div className="flex flex-col gap-4 border-b border-border p-4 sm:flex-row sm:items-end sm:justify-between sm:p-5">
          <Field label={t('catalogue.filterLabel')} className="sm:w-96">
            <Input
              type="search"
              leadingIcon={Search}
              value={text}
              placeholder={t('catalogue.specialties.filterPlaceholder')}
              onChange={(event) => setText(event.target.value)}
            />
          </Field>
          <div className="flex items-center justify-between gap-4">
            {specialties.data ? (
              <p className="text-sm text-ink-muted" aria-live="polite">
                {t('catalogue.specialties.count', { count: shown.length })}
              </p>
            ) : null}
            <Button onClick={() => setEditing('new')}>
              <Plus aria-hidden="true" />
              {t('catalogue.specialties.add')}
            </Button>
          </div>
        </div>
        {specialties.isError ? (
          <ErrorState
            className="rounded-none border-0 shadow-none"
            title={t('catalogue.errorTitle')}
            onRetry={() => void specialties.refetch()}
            retrying={specialties.isRefetching}
          />
        ) : (
          <DataTable
            label={t('catalogue.specialties.table.caption')}
            columns={columns}
            data={shown}
            loading={specialties.isPending}
            getRowId={(row) => row.id}
            initialSorting={[{ id: 'name', desc: false }]}
            pageSize={25}
            empty={
              <EmptyState
                icon={Stethoscope}
                className="rounded-none border-0"
                title={
                  (specialties.data?.length ?? 0) === 0
                    ? t('catalogue.specialties.none')
                    : t('catalogue.specialties.empty')
                }
              />
            }
          />
        )}
      </Card>
      {editing ? (
        <SpecialtyDialog specialty={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </>
  )
}
