import type { THospitalServiceEntry } from '@medbook/contracts'
import { Badge, Button, type DataColumnDef, DataTable, dataColumnHelper, EmptyState, formatVnd } from '@medbook/ui'
import { Pencil, SearchX } from 'lucide-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { AvailabilitySwitch } from './availability-switch'

const column = dataColumnHelper<THospitalServiceEntry>()

interface ServicesTableProps {
  services: readonly THospitalServiceEntry[]
  filter: string
  /** the service whose availability is being changed now */
  toggling: string | null
  onToggle: (service: THospitalServiceEntry, isAvailable: boolean) => void
  onEdit: (service: THospitalServiceEntry) => void
}

export function ServicesTable({ services, filter, toggling, onToggle, onEdit }: ServicesTableProps) {
  const { t } = useTranslation()
  const columns = useMemo(
    () =>
      [
        column.accessor('name', {
          header: t('hospitalServices.table.name'),
          sortFn: 'text',
          cell: (info) => <span className="font-medium text-ink">{info.getValue()}</span>,
          meta: { className: 'min-w-48' },
        }),
        column.accessor((row) => t(`hospitalServices.category.${row.category}`), {
          id: 'category',
          header: t('hospitalServices.table.category'),
          sortFn: 'text',
          cell: (info) => <Badge tone="outline">{info.getValue()}</Badge>,
        }),
        column.accessor('price', {
          header: t('hospitalServices.table.price'),
          sortFn: 'basic',
          cell: (info) => (
            <span className="flex flex-col">
              <span className="font-semibold text-ink tabular-nums">{formatVnd(info.getValue())}</span>
              <span className="text-xs text-ink-muted tabular-nums">
                {t('hospitalServices.table.base', { price: formatVnd(info.row.original.basePrice) })}
              </span>
            </span>
          ),
          meta: { className: 'whitespace-nowrap' },
        }),
        column.accessor((row) => row.description ?? '', {
          id: 'description',
          header: t('hospitalServices.table.description'),
          enableSorting: false,
          cell: (info) =>
            info.getValue() ? (
              <span className="line-clamp-2 text-ink-muted">{info.getValue()}</span>
            ) : (
              <span className="text-ink-muted italic">{t('hospitalServices.noDescription')}</span>
            ),
          meta: { className: 'min-w-56 max-w-80' },
        }),
        column.accessor('isAvailable', {
          header: t('hospitalServices.table.available'),
          sortFn: 'basic',
          enableGlobalFilter: false,
          cell: (info) => {
            const service = info.row.original
            return (
              <AvailabilitySwitch
                checked={info.getValue()}
                pending={toggling === service.serviceId}
                label={t('hospitalServices.availableFor', { name: service.name })}
                stateLabel={info.getValue() ? t('hospitalServices.on') : t('hospitalServices.off')}
                onChange={(next) => onToggle(service, next)}
              />
            )
          },
        }),
        column.display({
          id: 'actions',
          header: () => <span className="sr-only">{t('hospitalServices.table.actions')}</span>,
          cell: (info) => (
            <Button variant="ghost" size="sm" onClick={() => onEdit(info.row.original)}>
              <Pencil aria-hidden="true" />
              {t('hospitalServices.edit')}
              <span className="sr-only"> {info.row.original.name}</span>
            </Button>
          ),
          meta: { className: 'text-right' },
        }),
      ] as DataColumnDef<THospitalServiceEntry>[],
    [t, toggling, onToggle, onEdit],
  )

  return (
    <DataTable
      label={t('hospitalServices.table.caption')}
      columns={columns}
      data={services}
      globalFilter={filter}
      initialSorting={[{ id: 'name', desc: false }]}
      pageSize={15}
      getRowId={(row) => row.serviceId}
      rowClassName={(row) => (row.isAvailable ? undefined : 'bg-surface-muted/50')}
      empty={
        <EmptyState
          icon={SearchX}
          className="rounded-none border-0"
          title={t('hospitalServices.noMatchTitle')}
          description={t('hospitalServices.noMatchDescription')}
        />
      }
    />
  )
}
