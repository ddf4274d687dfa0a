import type { TSpecialty } from '@medbook/contracts'
import { cn } from '@medbook/ui'
import { Stethoscope } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useLocalizedName } from './use-localized-name'

interface SpecialtyTileProps {
  specialty: TSpecialty
  selected: boolean
  onToggle: () => void
}

export function SpecialtyTile({ specialty, selected, onToggle }: SpecialtyTileProps) {
  const { t } = useTranslation()
  const localizedName = useLocalizedName()
  return (
    <button
      type="button"
      aria-pressed={selected}
      onClick={onToggle}
      className={cn(
        'flex h-full w-full cursor-pointer items-center gap-3 rounded-xl border p-3 text-left transition-colors sm:p-4',
        selected
          ? 'border-primary-700 bg-primary-50 ring-1 ring-primary-700'
          : 'border-border bg-surface shadow-card hover:border-primary-300 hover:bg-primary-50/50',
      )}
    >
      <span
        className={cn(
          'inline-flex size-10 shrink-0 items-center justify-center rounded-lg',
          selected ? 'bg-primary-700 text-ink-inverse' : 'bg-primary-50 text-primary-700',
        )}
      >
        <Stethoscope className="size-5" aria-hidden="true" />
      </span>
      <span className="min-w-0">
        <span className="block text-sm leading-snug font-semibold text-ink">{localizedName(specialty)}</span>
        <span className="mt-0.5 block text-xs text-ink-muted">
          {t('specialties.doctorCount', { count: specialty.doctorCount })}
        </span>
      </span>
    </button>
  )
}
