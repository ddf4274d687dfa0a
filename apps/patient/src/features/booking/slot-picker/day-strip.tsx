import { cn } from '@medbook/ui'
import { ChevronLeft, ChevronRight } from 'lucide-react'
import { type RefObject, useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { addDays, shortDate, weekdayOf } from '../local-dates'
import { useDayLabel } from '../use-day-label'
import type { SlotDay } from './use-slot-days'

interface DayStripProps {
  days: SlotDay[]
  today: string
  value: string
  onChange: (date: string) => void
}

/** Two weeks as a row of choices that scrolls sideways on a phone; each shows how many times are free. */
export function DayStrip({ days, today, value, onChange }: DayStripProps) {
  const { t, i18n } = useTranslation()
  const dayLabel = useDayLabel()
  const name = useId()
  const strip = useRef<HTMLDivElement>(null)
  const tomorrow = addDays(today, 1)

  // keep the chosen day in view (a day late in the fortnight, chosen before going to book)
  useEffect(() => {
    const container = strip.current
    const chosen = container?.querySelector<HTMLElement>(`[data-date="${value}"]`)
    if (!container || !chosen) return
    const left = chosen.offsetLeft - container.offsetLeft
    if (left < container.scrollLeft || left + chosen.offsetWidth > container.scrollLeft + container.clientWidth) {
      container.scrollLeft = left - 8
    }
  }, [value])

  return (
    <fieldset className="min-w-0">
      <legend className="mb-2 text-sm font-semibold text-ink">{t('booking.slots.days')}</legend>
      <div className="flex items-center gap-1">
        <ScrollButton direction={-1} strip={strip} label={t('booking.slots.earlierDays')} />
        <div
          ref={strip}
          className="relative flex min-w-0 flex-1 gap-2 motion-safe:scroll-smooth overflow-x-auto pt-0.5 pb-2"
        >
          {days.map(({ date, slots, working }) => {
            const chosen = date === value
            const relative =
              date === today ? t('booking.slots.today') : date === tomorrow ? t('booking.slots.tomorrow') : null
            const count =
              slots.length > 0
                ? t('booking.slots.free', { count: slots.length })
                : working
                  ? t('booking.slots.full')
                  : t('booking.slots.dayOff')
            return (
              <label
                key={date}
                data-date={date}
                className={cn(
                  'relative flex w-[4.75rem] shrink-0 cursor-pointer flex-col items-center rounded-xl border px-1.5 py-2 text-center transition-colors',
                  'has-[input:focus-visible]:outline-2 has-[input:focus-visible]:outline-offset-2 has-[input:focus-visible]:outline-primary-600',
                  chosen
                    ? 'border-primary-700 bg-primary-700 text-ink-inverse'
                    : 'border-border bg-surface hover:border-primary-300 hover:bg-primary-50',
                )}
              >
                <input
                  type="radio"
                  name={name}
                  value={date}
                  checked={chosen}
                  onChange={() => onChange(date)}
                  aria-label={`${relative ? `${relative}, ` : ''}${dayLabel(date)}, ${count}`}
                  className="sr-only"
                />
                <span className={cn('text-xs font-medium', chosen ? 'text-ink-inverse' : 'text-ink-muted')}>
                  {relative ?? t(`booking.weekdaysShort.${weekdayOf(date)}`)}
                </span>
                <span className="text-base leading-tight font-semibold">{shortDate(date, i18n.language)}</span>
                <span
                  className={cn(
                    'mt-0.5 text-[0.6875rem] leading-tight',
                    chosen ? 'text-ink-inverse' : slots.length > 0 ? 'text-primary-800' : 'text-ink-muted',
                  )}
                >
                  {count}
                </span>
              </label>
            )
          })}
        </div>
        <ScrollButton direction={1} strip={strip} label={t('booking.slots.laterDays')} />
      </div>
    </fieldset>
  )
}

interface ScrollButtonProps {
  direction: 1 | -1
  strip: RefObject<HTMLDivElement | null>
  label: string
}

/** Wide screens: a mouse cannot swipe, so arrows page through the days (phones swipe; the keyboard uses arrow keys). */
function ScrollButton({ direction, strip, label }: ScrollButtonProps) {
  const Icon = direction < 0 ? ChevronLeft : ChevronRight
  return (
    <button
      type="button"
      tabIndex={-1}
      aria-label={label}
      onClick={() => strip.current?.scrollBy({ left: direction * strip.current.clientWidth * 0.8 })}
      className="hidden size-8 shrink-0 cursor-pointer items-center justify-center self-center rounded-full text-ink-muted hover:bg-surface-muted hover:text-ink md:inline-flex"
    >
      <Icon className="size-5" aria-hidden="true" />
    </button>
  )
}
