import type { TSpecialty } from '@medbook/contracts'
import { DataTable, dataColumnHelper } from '@medbook/ui'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

const column = dataColumnHelper<TSpecialty>()

interface SpecialtiesTableProps {
  specialties: readonly TSpecialty[]
  loading: boolean
}

/** The whole catalogue arrives at once: sorted and paged in the browser. */
export function SpecialtiesTable({ specialties, loading }: SpecialtiesTableProps) {
  const { t } = useTranslation()
  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('name', {
          header: t('specialties.table.name'),
          sortFn: 'text',
          meta: { className: 'font-semibold whitespace-nowrap' },
        }),
        column.accessor('nameEn', {
          header: t('specialties.table.nameEn'),
          sortFn: 'text',
          cell: ({ getValue }) => <span lang="en">{getValue()}</span>,
          meta: { className: 'whitespace-nowrap' },
        }),
        column.accessor('slug', {
          header: t('specialties.table.slug'),
          sortFn: 'text',
          cell: ({ getValue }) => (
            <code className="rounded bg-surface-muted px-1.5 py-0.5 text-xs text-ink-muted">{getValue()}</code>
          ),
        }),
        column.accessor('doctorCount', {
          header: t('specialties.table.doctors'),
          sortFn: 'basic',
          sortDescFirst: true,
          meta: { className: 'text-right tabular-nums' },
        }),
        column.accessor('description', {
          header: t('specialties.table.description'),
          enableSorting: false,
          cell: ({ getValue }) => getValue() ?? <span className="italic">{t('specialties.noDescription')}</span>,
          meta: { className: 'min-w-64 text-ink-muted' },
        }),
      ]),
    [t],
  )
  return (
    <DataTable
      label={t('specialties.table.caption')}
      columns={columns}
      data={specialties}
      loading={loading}
      getRowId={(specialty) => specialty.id}
      initialSorting={[{ id: 'name', desc: false }]}
      pageSize={25}
      // the page shows its own empty states (none yet, none matching)
      empty={null}
    />
  )
}
