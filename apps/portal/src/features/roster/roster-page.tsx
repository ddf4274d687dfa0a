import type { TRosterDoctor } from '@medbook/contracts'
import { Card, EmptyState, ErrorState, Field, Input, PageHeader, Select, Skeleton } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { Search, Stethoscope } from 'lucide-react'
import { useCallback, useDeferredValue, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { DeactivateDoctorDialog } from './deactivate-doctor-dialog'
import { EditDoctorDialog } from './edit-doctor-dialog'
import { InviteDoctorDialog } from './invite-doctor-dialog'
import { ReactivateDoctorDialog } from './reactivate-doctor-dialog'
import { type RosterStatus, rosterStatus } from './roster-status'
import { type RosterAction, RosterTable } from './roster-table'

const ALL = 'all'
const STATUSES: readonly RosterStatus[] = ['approved', 'pending', 'rejected', 'inactive', 'blocked']

export function RosterPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const roster = useQuery({ ...trpc.myHospital.roster.queryOptions(), staleTime: 0 })
  const profile = useQuery(trpc.myHospital.profile.queryOptions())
  const [text, setText] = useState('')
  const filter = useDeferredValue(text)
  const [status, setStatus] = useState<string>(ALL)
  const [acting, setActing] = useState<{ doctorId: string; action: RosterAction } | null>(null)
  const onAction = useCallback(
    (doctor: TRosterDoctor, action: RosterAction) => setActing({ doctorId: doctor.id, action }),
    [],
  )
  const doctors = roster.data ?? []
  const shown = useMemo(
    () => (status === ALL ? doctors : doctors.filter((doctor) => rosterStatus(doctor) === status)),
    [doctors, status],
  )
  const current = acting ? doctors.find((doctor) => doctor.id === acting.doctorId) : undefined
  const close = () => setActing(null)

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('roster.title')} description={t('roster.description')} actions={<InviteDoctorDialog />} />
      {roster.isError ? (
        <ErrorState
          title={t('roster.errorTitle')}
          onRetry={() => void roster.refetch()}
          retrying={roster.isRefetching}
        />
      ) : !roster.data ? (
        <Skeleton className="h-64 rounded-2xl" />
      ) : doctors.length === 0 ? (
        <EmptyState icon={Stethoscope} title={t('roster.emptyTitle')} description={t('roster.emptyDescription')} />
      ) : (
        <>
          <Card className="flex flex-col gap-4 p-4 sm:flex-row sm:items-end sm:p-5">
            <Field label={t('roster.filterLabel')} className="sm:w-96">
              <Input
                type="search"
                leadingIcon={Search}
                value={text}
                placeholder={t('roster.filterPlaceholder')}
                onChange={(event) => setText(event.target.value)}
              />
            </Field>
            <Field label={t('roster.statusFilter')} className="sm:w-56">
              <Select
                value={status}
                onValueChange={setStatus}
                options={[
                  { value: ALL, label: t('roster.allStatuses') },
                  ...STATUSES.map((value) => ({ value, label: t(`roster.status.${value}`) })),
                ]}
              />
            </Field>
            <p className="text-sm text-ink-muted sm:ml-auto" aria-live="polite">
              {t('roster.count', { count: doctors.length })}
            </p>
          </Card>
          <Card className="overflow-hidden">
            <RosterTable doctors={shown} filter={filter} onAction={onAction} />
          </Card>
        </>
      )}
      {current && acting?.action === 'edit' ? <EditDoctorDialog doctor={current} onClose={close} /> : null}
      {current && acting?.action === 'deactivate' ? (
        <DeactivateDoctorDialog doctor={current} roster={doctors} timeZone={profile.data?.timeZone} onClose={close} />
      ) : null}
      {current && acting?.action === 'reactivate' ? <ReactivateDoctorDialog doctor={current} onClose={close} /> : null}
    </div>
  )
}
