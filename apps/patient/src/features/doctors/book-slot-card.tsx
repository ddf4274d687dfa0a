import type { TConsultationType } from '@medbook/contracts'
import { Button } from '@medbook/ui'
import { ArrowRight } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { bookingPath } from '../booking/booking-path'
import { SlotPicker } from '../booking/slot-picker/slot-picker'
import { useChosenSlot, useSlotChoice } from '../booking/slot-picker/use-slot-choice'
import { useDayLabel } from '../booking/use-day-label'
import { JoinWaitlist } from '../waitlist/join-waitlist'

interface BookSlotCardProps {
  doctor: { id: string; name: string; timeZone: string; consultationTypes: TConsultationType[] }
}

/** The doctor page's booking column: pick a day and a time, then go on to the booking form. */
export function BookSlotCard({ doctor }: BookSlotCardProps) {
  const { t } = useTranslation()
  const dayLabel = useDayLabel()
  const { choice, setChoice } = useSlotChoice(doctor.consultationTypes)
  const { slot } = useChosenSlot(doctor.id, doctor.timeZone, choice)
  const chosen = slot
    ? t('booking.slots.chosen', { time: `${slot.startTime}–${slot.endTime}`, day: dayLabel(slot.date) })
    : ''

  return (
    <div className="flex flex-col gap-5">
      <SlotPicker
        doctorId={doctor.id}
        timeZone={doctor.timeZone}
        types={doctor.consultationTypes}
        choice={choice}
        onChoiceChange={setChoice}
        renderFullDay={(date) => <JoinWaitlist doctor={doctor} date={date} type={choice.type} />}
      />
      {slot ? (
        // on a phone the button stays in reach above the bottom navigation while the times scroll by
        <div className="sticky bottom-[calc(4.5rem+env(safe-area-inset-bottom))] -mx-1 rounded-xl border border-primary-200 bg-primary-50 p-3 shadow-raised md:static md:bottom-auto md:shadow-none">
          <p className="text-sm font-semibold text-primary-900">{chosen}</p>
          <Button asChild size="lg" className="mt-2 w-full">
            <Link to={bookingPath({ doctorId: doctor.id, date: slot.date, time: slot.startTime, type: slot.type })}>
              {t('booking.slots.continue')}
              <ArrowRight aria-hidden="true" />
            </Link>
          </Button>
        </div>
      ) : null}
      <p className="sr-only" aria-live="polite">
        {chosen}
      </p>
    </div>
  )
}
