import { ZConsultationType } from '@medbook/contracts'
import { Button, EmptyState } from '@medbook/ui'
import { CalendarX } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { RequirePatient } from '../auth/require-patient'
import { BookingFlow } from './booking-flow'
import type { BookingTarget } from './booking-path'
import { isIsoDate } from './local-dates'
import { CLOCK_TIME, UUID } from './route-params'

function readTarget(params: URLSearchParams): BookingTarget | null {
  const doctorId = params.get('doctor') ?? ''
  const date = params.get('date') ?? ''
  const time = params.get('time') ?? ''
  const type = ZConsultationType.safeParse(params.get('type') ?? 'in_person')
  if (!UUID.test(doctorId) || !isIsoDate(date) || !CLOCK_TIME.test(time) || !type.success) return null
  return { doctorId, date, time, type: type.data }
}

/** /book?doctor=…&date=…&time=…&type=…: signed-in patients only; anyone else logs in and comes back here. */
export function BookingPage() {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const target = readTarget(params)

  if (!target) {
    return (
      <div className="mx-auto max-w-lg px-4 py-16">
        <h1 className="sr-only">{t('booking.page.title')}</h1>
        <EmptyState
          icon={CalendarX}
          title={t('booking.page.title')}
          description={t('booking.page.missingSlot')}
          action={
            <Button asChild>
              <Link to="/doctors">{t('booking.page.findDoctor')}</Link>
            </Button>
          }
        />
      </div>
    )
  }
  return (
    <RequirePatient>
      <BookingFlow target={target} />
    </RequirePatient>
  )
}
