import type { TConsultationType } from '@medbook/contracts'
import { cn } from '@medbook/ui'
import { Building2, Video } from 'lucide-react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'

interface TypeToggleProps {
  types: readonly TConsultationType[]
  value: TConsultationType
  onChange: (type: TConsultationType) => void
}

/** In person or online, for a doctor who offers both. */
export function TypeToggle({ types, value, onChange }: TypeToggleProps) {
  const { t } = useTranslation()
  const name = useId()
  return (
    <fieldset className="min-w-0">
      <legend className="mb-2 text-sm font-semibold text-ink">{t('booking.slots.type')}</legend>
      <div className="grid grid-cols-2 gap-1 rounded-xl bg-surface-muted p-1">
        {types.map((type) => {
          const Icon = type === 'online' ? Video : Building2
          const chosen = type === value
          return (
            <label
              key={type}
              className={cn(
                'relative flex h-10 cursor-pointer items-center justify-center gap-2 rounded-lg px-3 text-sm font-semibold transition-colors',
                'has-[input:focus-visible]:outline-2 has-[input:focus-visible]:outline-primary-600',
                chosen ? 'bg-surface text-primary-800 shadow-card' : 'text-ink-muted hover:text-ink',
              )}
            >
              <input
                type="radio"
                name={name}
                value={type}
                checked={chosen}
                onChange={() => onChange(type)}
                className="sr-only"
              />
              <Icon className="size-4 shrink-0" aria-hidden="true" />
              {t(`doctors.types.${type}`)}
            </label>
          )
        })}
      </div>
    </fieldset>
  )
}
