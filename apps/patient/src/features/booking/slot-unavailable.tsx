import { Button, Notice } from '@medbook/ui'
import { Clock } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { z } from 'zod'
import { useDayLabel } from './use-day-label'

/** What the API offers with a CONFLICT: the nearest free slots after the one just taken. */
export const ZNextSlots = z.array(z.object({ startsAt: z.string(), date: z.string(), startTime: z.string() }))
export type NextSlot = z.infer<typeof ZNextSlots>[number]

export function readNextSlots(value: unknown): NextSlot[] {
  const parsed = ZNextSlots.safeParse(value)
  return parsed.success ? parsed.data : []
}

interface SlotUnavailableProps {
  /** set after a CONFLICT: the alternatives the API proposed */
  nextSlots: NextSlot[] | null
  onPick: (slot: NextSlot) => void
  /** the doctor's page, to choose any other time (none when the picker is on the same page) */
  pickAnotherPath?: string
}

/** The chosen time was taken (or passed): offer the nearest free ones, or the whole calendar. */
export function SlotUnavailable({ nextSlots, onPick, pickAnotherPath }: SlotUnavailableProps) {
  const { t } = useTranslation()
  const dayLabel = useDayLabel()
  const conflict = nextSlots !== null
  return (
    <Notice
      tone="warning"
      role="alert"
      title={conflict ? t('booking.errors.conflictTitle') : t('booking.page.slotGoneTitle')}
    >
      <p>
        {conflict
          ? nextSlots.length > 0
            ? t('booking.errors.conflict')
            : t('booking.errors.conflictNone')
          : t('booking.page.slotGone')}
      </p>
      {conflict && nextSlots.length > 0 ? (
        <ul className="mt-3 flex flex-wrap gap-2">
          {nextSlots.map((slot) => (
            <li key={slot.startsAt}>
              <Button variant="secondary" size="sm" onClick={() => onPick(slot)}>
                <Clock aria-hidden="true" />
                {slot.startTime}, {dayLabel(slot.date)}
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      {pickAnotherPath ? (
        <Link
          to={pickAnotherPath}
          className="mt-3 inline-block font-semibold text-primary-800 underline underline-offset-4"
        >
          {t('booking.page.pickAnother')}
        </Link>
      ) : null}
    </Notice>
  )
}
