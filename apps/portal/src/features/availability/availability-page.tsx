import { EmptyState, ErrorState, Field, PageHeader, Select, Skeleton, useSession } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { Stethoscope } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { useTRPC } from '../../lib/trpc'
import { todayIn } from '../schedule/schedule-dates'
import { ExceptionsSection } from './exceptions-section'
import { WeeklyEditor } from './weekly-editor'

export function AvailabilityPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const session = useSession()
  const isStaff = session.data?.role === 'hospital'
  const [params, setParams] = useSearchParams()
  const roster = useQuery({ ...trpc.myHospital.roster.queryOptions(), enabled: isStaff })
  // a doctor's own id: the schedule names the doctors the reader may see, which for a doctor is themselves
  const today = todayIn()
  const own = useQuery({
    ...trpc.schedule.appointments.queryOptions({ from: today, to: today }),
    enabled: session.data?.role === 'doctor',
  })
  const doctors = isStaff ? (roster.data ?? []).filter((doctor) => doctor.status !== 'rejected') : []
  const chosen = params.get('doctor')
  const doctorId = isStaff
    ? (doctors.find((doctor) => doctor.id === chosen)?.id ?? doctors[0]?.id)
    : own.data?.doctors[0]?.id
  const loadingDoctors = isStaff ? roster.isPending : own.isPending

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('availability.title')} description={t('availability.description')} />
      {isStaff && doctors.length > 0 ? (
        <Field label={t('availability.doctor')} className="w-full sm:w-80">
          <Select
            value={doctorId}
            onValueChange={(value) => setParams({ doctor: value }, { replace: true })}
            placeholder={t('availability.chooseDoctor')}
            options={doctors.map((doctor) => ({ value: doctor.id, label: doctor.name }))}
          />
        </Field>
      ) : null}
      {roster.isError || own.isError ? (
        <ErrorState title={t('availability.errorTitle')} />
      ) : loadingDoctors || session.isPending ? (
        <Skeleton className="h-64 rounded-2xl" />
      ) : doctorId ? (
        <DoctorAvailability doctorId={doctorId} canCloseHospital={isStaff} />
      ) : (
        <EmptyState icon={Stethoscope} title={t('availability.noDoctors')} />
      )}
    </div>
  )
}

function DoctorAvailability({ doctorId, canCloseHospital }: { doctorId: string; canCloseHospital: boolean }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const schedule = useQuery({ ...trpc.doctorSchedules.get.queryOptions({ doctorId }), staleTime: 0 })
  if (schedule.isError) {
    return (
      <ErrorState
        title={t('availability.errorTitle')}
        onRetry={() => void schedule.refetch()}
        retrying={schedule.isRefetching}
      />
    )
  }
  if (!schedule.data) return <Skeleton className="h-64 rounded-2xl" />
  return (
    <>
      <WeeklyEditor
        // a fresh editor for each doctor; saving refetches but keeps the editor's own state
        key={doctorId}
        doctorId={doctorId}
        initialSlots={schedule.data.weeklySlots}
        initialOnlineHours={schedule.data.onlineHours}
      />
      <ExceptionsSection
        doctorId={doctorId}
        exceptions={schedule.data.exceptions}
        canCloseHospital={canCloseHospital}
      />
    </>
  )
}
