import { Button, Card, EmptyState, ErrorState, PageHeader, Skeleton, useSession } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { CalendarX2, UserPlus } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { CancelDialog } from './cancel-dialog'
import { DayQueue } from './day-queue'
import { DeskPaymentDialog } from './desk-payment-dialog'
import { addDays, formatDay, startOfWeek, weekDays } from './schedule-dates'
import { ScheduleToolbar } from './schedule-toolbar'
import type { TScheduleDoctor, TScheduleEntry } from './schedule-types'
import { useScheduleParams } from './use-schedule-params'
import { WalkInDialog } from './walk-in-dialog'
import { WeekGrid } from './week-grid'

export function SchedulePage() {
  const { t, i18n } = useTranslation()
  const trpc = useTRPC()
  const session = useSession()
  const isStaff = session.data?.role === 'hospital'
  const [params, setParams] = useScheduleParams()
  const [cancelling, setCancelling] = useState<TScheduleEntry | null>(null)
  const [walkInOpen, setWalkInOpen] = useState(false)
  const [takingPayment, setTakingPayment] = useState<TScheduleEntry | null>(null)

  const from = params.view === 'week' ? startOfWeek(params.date) : params.date
  const to = params.view === 'week' ? addDays(from, 6) : params.date
  const schedule = useQuery({
    ...trpc.schedule.appointments.queryOptions({ from, to, doctorId: params.doctorId }),
    staleTime: 0,
    refetchInterval: 60_000,
  })
  const roster = useQuery({ ...trpc.myHospital.roster.queryOptions(), enabled: isStaff })
  const staffDoctors: TScheduleDoctor[] | null = isStaff
    ? (roster.data ?? [])
        .filter((doctor) => doctor.status === 'approved')
        .map((doctor) => ({ id: doctor.id, name: doctor.name }))
    : null

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t('schedule.title')}
        description={
          params.view === 'day'
            ? formatDay(params.date, i18n.language)
            : `${formatDay(from, i18n.language)} – ${formatDay(to, i18n.language)}`
        }
        actions={
          isStaff && params.view === 'day' ? (
            <Button onClick={() => setWalkInOpen(true)}>
              <UserPlus aria-hidden="true" />
              {t('schedule.walkIn.open')}
            </Button>
          ) : null
        }
      />
      <ScheduleToolbar params={params} onChange={setParams} doctors={staffDoctors} />
      {schedule.isError ? (
        <ErrorState
          title={t('schedule.errorTitle')}
          onRetry={() => void schedule.refetch()}
          retrying={schedule.isRefetching}
        />
      ) : !schedule.data ? (
        <Skeleton className="h-64 rounded-2xl" />
      ) : params.view === 'week' ? (
        <Card className="overflow-hidden">
          <WeekGrid
            days={weekDays(params.date)}
            doctors={schedule.data.doctors.filter((doctor) => !params.doctorId || doctor.id === params.doctorId)}
            appointments={schedule.data.appointments}
          />
        </Card>
      ) : schedule.data.appointments.length === 0 ? (
        <EmptyState icon={CalendarX2} title={t('schedule.emptyTitle')} description={t('schedule.emptyDescription')} />
      ) : (
        <Card className="overflow-hidden">
          <DayQueue
            date={params.date}
            appointments={schedule.data.appointments}
            showDoctor={isStaff && !params.doctorId}
            onCancel={setCancelling}
            onTakePayment={isStaff ? setTakingPayment : null}
            isDoctor={session.data?.role === 'doctor'}
          />
        </Card>
      )}
      <CancelDialog entry={cancelling} onClose={() => setCancelling(null)} />
      {isStaff && takingPayment ? (
        <DeskPaymentDialog entry={takingPayment} onClose={() => setTakingPayment(null)} />
      ) : null}
      {isStaff && walkInOpen ? (
        <WalkInDialog
          open={walkInOpen}
          onOpenChange={setWalkInOpen}
          date={params.date}
          doctors={staffDoctors ?? []}
          defaultDoctorId={params.doctorId}
        />
      ) : null}
    </div>
  )
}
