import type { TSlot } from '@medbook/contracts'
import { cn } from '@medbook/ui'
import { Moon, Sun, Sunrise } from 'lucide-react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'

const PARTS = [
  { key: 'morning', icon: Sunrise, until: '12:00' },
  { key: 'afternoon', icon: Sun, until: '17:00' },
  { key: 'evening', icon: Moon, until: '24:00' },
] as const

interface SlotGroupsProps {
  slots: TSlot[]
  /** the chosen slot's start time ("HH:MM") */
  value: string | null
  onChange: (slot: TSlot) => void
  /** "Giờ trống thứ Năm 27/11" */
  label: string
}

/** The free times of one day, as morning, afternoon and evening; times are the hospital's, as given. */
export function SlotGroups({ slots, value, onChange, label }: SlotGroupsProps) {
  const { t } = useTranslation()
  const name = useId()
  let from = '00:00'
  const groups = PARTS.map((part) => {
    const inPart = slots.filter((slot) => slot.startTime >= from && slot.startTime < part.until)
    from = part.until
    return { ...part, slots: inPart }
  }).filter((group) => group.slots.length > 0)

  return (
    <fieldset className="flex min-w-0 flex-col gap-4">
      <legend className="sr-only">{label}</legend>
      {groups.map(({ key, icon: Icon, slots: inPart }) => (
        <fieldset key={key} className="min-w-0">
          <legend className="mb-2 flex items-center gap-1.5 text-sm font-semibold text-ink-muted">
            <Icon className="size-4" aria-hidden="true" />
            {t(`booking.slots.${key}`)}
          </legend>
          <div className="grid grid-cols-3 gap-2 sm:grid-cols-4 xl:grid-cols-5">
            {inPart.map((slot) => {
              const chosen = slot.startTime === value
              return (
                <label
                  key={slot.startsAt.toISOString()}
                  className={cn(
                    'relative flex h-11 cursor-pointer items-center justify-center rounded-lg border text-sm font-semibold tabular-nums transition-colors',
                    'has-[input:focus-visible]:outline-2 has-[input:focus-visible]:outline-offset-2 has-[input:focus-visible]:outline-primary-600',
                    chosen
                      ? 'border-primary-700 bg-primary-700 text-ink-inverse'
                      : 'border-border-strong bg-surface text-ink hover:border-primary-700 hover:bg-primary-50',
                  )}
                >
                  <input
                    type="radio"
                    name={name}
                    value={slot.startTime}
                    checked={chosen}
                    onChange={() => onChange(slot)}
                    aria-label={t('booking.timeRange', { start: slot.startTime, end: slot.endTime })}
                    className="sr-only"
                  />
                  {slot.startTime}
                </label>
              )
            })}
          </div>
        </fieldset>
      ))}
    </fieldset>
  )
}
