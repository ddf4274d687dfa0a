import type { TConsultationType } from '@medbook/contracts'
import { Button, ErrorState, Notice, Skeleton } from '@medbook/ui'
import { Globe } from 'lucide-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useDayLabel } from '../use-day-label'
import { DayStrip } from './day-strip'
import { SlotGroups } from './slot-groups'
import { TypeToggle } from './type-toggle'
import { useSlotDays } from './use-slot-days'

export interface SlotChoice {
  /** the hospital-local day */
  date: string | null
  /** the chosen slot's "HH:MM" on that day */
  time: string | null
  type: TConsultationType
}

interface SlotPickerProps {
  doctorId: string
  timeZone: string
  /** what the doctor offers; the toggle shows when there are two */
  types: readonly TConsultationType[]
  choice: SlotChoice
  onChoiceChange: (choice: SlotChoice) => void
  /** what to offer on a day without a free time (the waitlist) */
  renderFullDay?: (date: string) => ReactNode
}

/** Two weeks of a doctor's free times: a day, then a time. The choice lives with the caller (the address bar). */
export function SlotPicker({ doctorId, timeZone, types, choice, onChoiceChange, renderFullDay }: SlotPickerProps) {
  const { t } = useTranslation()
  const dayLabel = useDayLabel()
  const { query, days, today, from } = useSlotDays(doctorId, timeZone, choice.type, choice.date)

  // until the reader picks a day: the first one with a free time
  const firstFree = days.find((day) => day.slots.length > 0)?.date
  const date = choice.date && days.some((day) => day.date === choice.date) ? choice.date : (firstFree ?? from)
  const chosenDay = days.find((day) => day.date === date)
  const slots = chosenDay?.slots ?? []
  // a waitlist is for a working day that is full, not for a day the doctor does not work
  const full = chosenDay?.working === true

  return (
    <div className="flex flex-col gap-5">
      {types.length > 1 ? (
        <TypeToggle
          types={types}
          value={choice.type}
          onChange={(type) => onChoiceChange({ date: choice.date, time: null, type })}
        />
      ) : null}

      {query.isPending ? (
        <div className="flex flex-col gap-4" aria-busy="true">
          <div className="flex gap-2 overflow-hidden">
            {Array.from({ length: 7 }, (_, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
              <Skeleton key={index} className="h-[4.75rem] w-[4.75rem] shrink-0 rounded-xl" />
            ))}
          </div>
          <div className="grid grid-cols-3 gap-2 sm:grid-cols-4">
            {Array.from({ length: 8 }, (_, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
              <Skeleton key={index} className="h-11 rounded-lg" />
            ))}
          </div>
        </div>
      ) : query.isError ? (
        <ErrorState
          title={t('booking.slots.errorTitle')}
          onRetry={() => void query.refetch()}
          retrying={query.isRefetching}
        />
      ) : (
        <>
          <DayStrip
            days={days}
            today={today}
            value={date}
            onChange={(next) => onChoiceChange({ date: next, time: null, type: choice.type })}
          />
          {firstFree === undefined ? (
            <Notice tone="info">
              {from === today
                ? t('booking.slots.noneInRange')
                : t('booking.slots.noneFromDay', { day: dayLabel(from) })}
            </Notice>
          ) : null}
          {from !== today ? (
            <Button
              variant="ghost"
              size="sm"
              className="self-start"
              onClick={() => onChoiceChange({ date: null, time: null, type: choice.type })}
            >
              {t('booking.slots.fromToday')}
            </Button>
          ) : null}
          <div>
            {slots.length > 0 ? (
              <SlotGroups
                slots={slots}
                value={choice.date === date ? choice.time : null}
                label={t('booking.slots.times', { day: dayLabel(date) })}
                onChange={(slot) => onChoiceChange({ date: slot.date, time: slot.startTime, type: choice.type })}
              />
            ) : (
              <div className="rounded-xl border border-dashed border-border-strong/50 px-4 py-5 text-center">
                <p className="font-semibold text-ink">
                  {full
                    ? t('booking.slots.noneOnDayTitle', { day: dayLabel(date) })
                    : t('booking.slots.dayOffTitle', { day: dayLabel(date) })}
                </p>
                <p className="mt-1 text-sm text-ink-muted">
                  {full ? t('booking.slots.noneOnDay') : t('booking.slots.dayOffHint')}
                </p>
                {full && renderFullDay ? <div className="mt-4 flex justify-center">{renderFullDay(date)}</div> : null}
              </div>
            )}
          </div>
          <p className="flex items-center gap-1.5 text-xs text-ink-muted">
            <Globe className="size-3.5 shrink-0" aria-hidden="true" />
            {t('booking.slots.localTime')}
          </p>
        </>
      )}
    </div>
  )
}
