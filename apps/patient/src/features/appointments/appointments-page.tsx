import { Button, Notice, Tabs, TabsContent, TabsList, TabsTrigger } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { CalendarClock, History, Plus } from 'lucide-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { useTRPC } from '../../lib/trpc'
import { RequirePatient } from '../auth/require-patient'
import { WaitlistSection } from '../waitlist/waitlist-section'
import { AppointmentList } from './appointment-list'

type Tab = 'upcoming' | 'past'

export function AppointmentsPage() {
  return (
    <RequirePatient>
      <MyAppointments />
    </RequirePatient>
  )
}

function MyAppointments() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const [params, setParams] = useSearchParams()
  const tab: Tab = params.get('tab') === 'past' ? 'past' : 'upcoming'
  const waitlist = useQuery(trpc.waitlist.mine.queryOptions())
  const offeredIds = useMemo(
    () =>
      new Set(
        (waitlist.data ?? []).flatMap((entry) => (entry.offeredAppointmentId ? [entry.offeredAppointmentId] : [])),
      ),
    [waitlist.data],
  )

  function changeTab(value: string) {
    setParams(value === 'past' ? { tab: 'past' } : {}, { replace: true, preventScrollReset: true })
  }

  return (
    <div className="mx-auto flex max-w-5xl flex-col gap-8 px-4 py-6 sm:px-6 sm:py-10">
      <div className="flex flex-col gap-4 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-2xl font-bold tracking-tight text-ink sm:text-3xl">{t('appointments.title')}</h1>
          <p className="mt-1 text-sm text-ink-muted sm:text-base">{t('appointments.description')}</p>
        </div>
        <Button asChild>
          <Link to="/doctors">
            <Plus aria-hidden="true" />
            {t('appointments.bookNew')}
          </Link>
        </Button>
      </div>

      {offeredIds.size > 0 ? (
        <Notice
          tone="warning"
          role="status"
          title={t('appointments.offerWaiting', { count: offeredIds.size })}
          action={
            <a href="#waitlist" className="font-semibold text-primary-800 underline underline-offset-4">
              {t('appointments.offerWaitingAction')}
            </a>
          }
        />
      ) : null}

      <Tabs value={tab} onValueChange={changeTab} className="flex flex-col gap-5">
        <TabsList aria-label={t('appointments.tabs.label')} className="w-full sm:w-auto sm:self-start">
          <TabsTrigger value="upcoming">
            <CalendarClock aria-hidden="true" />
            {t('appointments.tabs.upcoming')}
          </TabsTrigger>
          <TabsTrigger value="past">
            <History aria-hidden="true" />
            {t('appointments.tabs.past')}
          </TabsTrigger>
        </TabsList>
        <TabsContent value="upcoming">
          <AppointmentList when="upcoming" offeredIds={offeredIds} />
        </TabsContent>
        <TabsContent value="past">
          <AppointmentList when="past" offeredIds={offeredIds} />
        </TabsContent>
      </Tabs>

      <WaitlistSection />
    </div>
  )
}
