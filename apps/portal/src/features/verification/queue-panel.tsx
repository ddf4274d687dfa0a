import { Card, type DataColumnDef, DataTable, EmptyState, Field, Select } from '@medbook/ui'
import { ClipboardCheck } from 'lucide-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { StatusFilter } from './use-verification-params'
import type { ApplicationStatus } from './verification-types'

function StatusSelect<T>({
  entries,
  statusOf,
  value,
  onChange,
}: {
  entries: readonly T[]
  statusOf: (entry: T) => ApplicationStatus
  value: StatusFilter
  onChange: (status: StatusFilter) => void
}) {
  const { t } = useTranslation()
  const counts = new Map<ApplicationStatus, number>()
  for (const entry of entries) counts.set(statusOf(entry), (counts.get(statusOf(entry)) ?? 0) + 1)
  const statuses: ApplicationStatus[] = ['pending', 'unverified', 'rejected']
  const options = [
    ...statuses
      .filter((status) => status === 'pending' || counts.has(status) || status === value)
      .map((status) => ({
        value: status,
        label: t('verification.statusOption', {
          status: t(`verification.status.${status}`),
          count: counts.get(status) ?? 0,
        }),
      })),
    { value: 'all', label: t('verification.allStatuses', { count: entries.length }) },
  ]
  return (
    <Field label={t('verification.statusLabel')} className="sm:w-60">
      <Select options={options} value={value} onValueChange={(next) => onChange(next as StatusFilter)} />
    </Field>
  )
}

function QueueEmpty({ status }: { status: StatusFilter }) {
  const { t } = useTranslation()
  const title =
    status === 'pending'
      ? t('verification.emptyPending')
      : status === 'all'
        ? t('verification.emptyAll')
        : t('verification.emptyFiltered')
  return <EmptyState icon={ClipboardCheck} className="rounded-none border-0" title={title} />
}

function ChooseApplication() {
  const { t } = useTranslation()
  return (
    <EmptyState
      icon={ClipboardCheck}
      className="hidden 2xl:flex"
      title={t('verification.chooseTitle')}
      description={t('verification.chooseDescription')}
    />
  )
}

interface QueuePanelProps<T extends { id: string }> {
  /** the whole queue of this kind, most urgent first */
  entries: T[]
  statusOf: (entry: T) => ApplicationStatus
  status: StatusFilter
  onStatusChange: (status: StatusFilter) => void
  label: string
  columns: DataColumnDef<T>[]
  loading: boolean
  selectedId: string | null
  /** the open application, or nothing yet */
  detail: ReactNode
}

/** One tab of the queue: the status filter and the table, with the open application beside them. */
export function QueuePanel<T extends { id: string }>({
  entries,
  statusOf,
  status,
  onStatusChange,
  label,
  columns,
  loading,
  selectedId,
  detail,
}: QueuePanelProps<T>) {
  const shown = entries.filter((entry) => status === 'all' || statusOf(entry) === status)
  return (
    <div className="grid items-start gap-6 2xl:grid-cols-[minmax(0,1fr)_28rem]">
      <Card className="overflow-hidden">
        <div className="border-b border-border p-4 sm:p-5">
          <StatusSelect entries={entries} statusOf={statusOf} value={status} onChange={onStatusChange} />
        </div>
        <DataTable
          label={label}
          columns={columns}
          data={shown}
          loading={loading}
          getRowId={(row) => row.id}
          rowClassName={(row) => (row.id === selectedId ? 'bg-primary-50' : undefined)}
          pageSize={20}
          empty={<QueueEmpty status={status} />}
        />
      </Card>
      {detail ?? <ChooseApplication />}
    </div>
  )
}
