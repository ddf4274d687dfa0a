import {
  Card,
  DataTable,
  EmptyState,
  ErrorState,
  Field,
  PageHeader,
  Select,
  Tabs,
  TabsContent,
  TabsList,
  TabsTrigger,
} from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { Building2, ClipboardCheck, Stethoscope } from 'lucide-react'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { DecisionDialog } from './decision-dialog'
import { DoctorDetail, HospitalDetail } from './details'
import { useDoctorColumns, useHospitalColumns } from './queue-columns'
import { type Decision, useDecide } from './use-decide'
import { type StatusFilter, useVerificationParams } from './use-verification-params'
import {
  type ApplicantKind,
  type ApplicationStatus,
  byUrgency,
  type DoctorApplication,
  doctorStatus,
  type HospitalApplication,
  hospitalStatus,
} from './verification-types'

type Deciding = { kind: ApplicantKind; id: string; name: string; approve: boolean }

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

export function VerificationPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queue = useQuery({ ...trpc.verification.queue.queryOptions(), staleTime: 0 })
  const { tab, status, id, update } = useVerificationParams()
  const [deciding, setDeciding] = useState<Deciding | null>(null)
  const decide = useDecide(
    useCallback(
      (decision: Decision) => {
        setDeciding(null)
        // an approved application has left the queue: close it; a rejected one stays open, marked rejected
        if (decision.approve) update({ id: null })
      },
      [update],
    ),
  )
  const open = useCallback((next: string) => update({ id: next }), [update])
  const hospitalColumns = useHospitalColumns(open)
  const doctorColumns = useDoctorColumns(open)

  const hospitals = [...(queue.data?.hospitals ?? [])].sort(byUrgency<HospitalApplication>(hospitalStatus))
  const doctors = [...(queue.data?.doctors ?? [])].sort(byUrgency<DoctorApplication>(doctorStatus))
  const shownHospitals = hospitals.filter((entry) => status === 'all' || hospitalStatus(entry) === status)
  const shownDoctors = doctors.filter((entry) => status === 'all' || doctorStatus(entry) === status)
  const pendingHospitals = hospitals.filter((entry) => hospitalStatus(entry) === 'pending').length
  const openHospital = tab === 'hospitals' ? hospitals.find((entry) => entry.id === id) : undefined
  const openDoctor = tab === 'doctors' ? doctors.find((entry) => entry.id === id) : undefined

  const confirm = (choice: Pick<Decision, 'approve' | 'reason'>) => {
    if (deciding) decide.mutate({ kind: deciding.kind, id: deciding.id, name: deciding.name, ...choice })
  }
  const selectedRow = (rowId: string) => (rowId === id ? 'bg-primary-50' : undefined)

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('verification.title')} description={t('verification.description')} />
      {queue.isError && !queue.data ? (
        <ErrorState
          title={t('verification.errorTitle')}
          onRetry={() => void queue.refetch()}
          retrying={queue.isRefetching}
        />
      ) : (
        <Tabs
          value={tab}
          onValueChange={(value) => update({ tab: value as ApplicantKind })}
          className="flex flex-col gap-4"
        >
          <TabsList aria-label={t('verification.tabs.label')} className="self-start">
            <TabsTrigger value="hospitals">
              <Building2 aria-hidden="true" />
              {t('verification.tabs.hospitals', { count: pendingHospitals })}
            </TabsTrigger>
            <TabsTrigger value="doctors">
              <Stethoscope aria-hidden="true" />
              {t('verification.tabs.doctors', { count: doctors.length })}
            </TabsTrigger>
          </TabsList>
          <TabsContent value="hospitals">
            <div className="grid items-start gap-6 2xl:grid-cols-[minmax(0,1fr)_28rem]">
              <Card className="overflow-hidden">
                <div className="border-b border-border p-4 sm:p-5">
                  <StatusSelect
                    entries={hospitals}
                    statusOf={hospitalStatus}
                    value={status}
                    onChange={(next) => update({ status: next })}
                  />
                </div>
                <DataTable
                  label={t('verification.table.hospitalsCaption')}
                  columns={hospitalColumns}
                  data={shownHospitals}
                  loading={queue.isPending}
                  getRowId={(row) => row.id}
                  rowClassName={(row) => selectedRow(row.id)}
                  pageSize={20}
                  empty={<QueueEmpty status={status} />}
                />
              </Card>
              {openHospital ? (
                <HospitalDetail
                  hospital={openHospital}
                  busy={decide.isPending}
                  onDecide={(approve) =>
                    setDeciding({ kind: 'hospitals', id: openHospital.id, name: openHospital.name, approve })
                  }
                  onClose={() => update({ id: null })}
                />
              ) : (
                <ChooseApplication />
              )}
            </div>
          </TabsContent>
          <TabsContent value="doctors">
            <div className="grid items-start gap-6 2xl:grid-cols-[minmax(0,1fr)_28rem]">
              <Card className="overflow-hidden">
                <div className="border-b border-border p-4 sm:p-5">
                  <StatusSelect
                    entries={doctors}
                    statusOf={doctorStatus}
                    value={status}
                    onChange={(next) => update({ status: next })}
                  />
                </div>
                <DataTable
                  label={t('verification.table.doctorsCaption')}
                  columns={doctorColumns}
                  data={shownDoctors}
                  loading={queue.isPending}
                  getRowId={(row) => row.id}
                  rowClassName={(row) => selectedRow(row.id)}
                  pageSize={20}
                  empty={<QueueEmpty status={status} />}
                />
              </Card>
              {openDoctor ? (
                <DoctorDetail
                  doctor={openDoctor}
                  busy={decide.isPending}
                  onDecide={(approve) =>
                    setDeciding({ kind: 'doctors', id: openDoctor.id, name: openDoctor.name, approve })
                  }
                  onClose={() => update({ id: null })}
                />
              ) : (
                <ChooseApplication />
              )}
            </div>
          </TabsContent>
        </Tabs>
      )}
      {deciding ? (
        <DecisionDialog
          key={`${deciding.id}-${deciding.approve}`}
          kind={deciding.kind}
          name={deciding.name}
          approve={deciding.approve}
          pending={decide.isPending}
          onConfirm={confirm}
          onClose={() => setDeciding(null)}
        />
      ) : null}
    </div>
  )
}
