import { DASHBOARD_MAX_RANGE_DAYS } from '@medbook/contracts'
import { Button, cn, Field, Input } from '@medbook/ui'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { isIsoDate } from '../schedule/schedule-dates'
import { formatLongDay } from './dashboard-format'
import { RANGE_PRESETS, type RangeProblem, rangeProblem, spanDays } from './date-range'
import type { DashboardRange, useDashboardRange } from './use-dashboard-range'

interface DateRangePickerProps {
  range: DashboardRange
  onChange: ReturnType<typeof useDashboardRange>[1]
}

/**
 * Presets as pressed-state buttons, and a custom range of two date inputs checked with the API's
 * own rules (from ≤ to, at most a year) before anything is asked.
 */
export function DateRangePicker({ range, onChange }: DateRangePickerProps) {
  const { t, i18n } = useTranslation()
  const [custom, setCustom] = useState(range.preset === 'custom')
  const [draft, setDraft] = useState({ from: range.from, to: range.to })
  const [problem, setProblem] = useState<RangeProblem | null>(null)
  const showCustom = custom || range.preset === 'custom'

  const apply = (event: FormEvent) => {
    event.preventDefault()
    const found = rangeProblem(draft)
    setProblem(found)
    if (!found) onChange({ preset: 'custom', ...draft })
  }
  const errorText =
    problem === null
      ? undefined
      : problem === 'tooLong'
        ? t('dashboards.range.errors.tooLong', { days: DASHBOARD_MAX_RANGE_DAYS + 1 })
        : t(`dashboards.range.errors.${problem}`)

  return (
    <div className="flex flex-col gap-4">
      <fieldset className="inline-flex max-w-full flex-wrap gap-1 self-start rounded-xl bg-surface-muted p-1">
        <legend className="sr-only">{t('dashboards.range.legend')}</legend>
        {RANGE_PRESETS.map((preset) => {
          const pressed = preset === 'custom' ? showCustom : !showCustom && range.preset === preset
          return (
            <button
              key={preset}
              type="button"
              aria-pressed={pressed}
              onClick={() => {
                if (preset === 'custom') {
                  setDraft({ from: range.from, to: range.to })
                  setCustom(true)
                  return
                }
                setCustom(false)
                setProblem(null)
                onChange({ preset })
              }}
              className={cn(
                'inline-flex h-10 cursor-pointer items-center justify-center rounded-lg px-4 text-sm font-semibold',
                pressed ? 'bg-surface text-primary-800 shadow-card' : 'text-ink-muted hover:text-ink',
              )}
            >
              {t(`dashboards.range.presets.${preset}`)}
            </button>
          )
        })}
      </fieldset>
      {showCustom ? (
        <form noValidate onSubmit={apply} className="flex flex-col gap-3 sm:flex-row sm:flex-wrap sm:items-start">
          <Field
            label={t('dashboards.range.from')}
            className="sm:w-48"
            error={problem === 'invalid' && !isIsoDate(draft.from) ? errorText : undefined}
          >
            <Input
              type="date"
              value={draft.from}
              max={draft.to || undefined}
              onChange={(event) => setDraft((current) => ({ ...current, from: event.target.value }))}
            />
          </Field>
          <Field
            label={t('dashboards.range.to')}
            className="sm:w-48"
            error={problem && (problem !== 'invalid' || !isIsoDate(draft.to)) ? errorText : undefined}
          >
            <Input
              type="date"
              value={draft.to}
              min={draft.from || undefined}
              onChange={(event) => setDraft((current) => ({ ...current, to: event.target.value }))}
            />
          </Field>
          <Button type="submit" variant="secondary" className="sm:mt-[1.625rem]">
            {t('dashboards.range.apply')}
          </Button>
        </form>
      ) : null}
      <p className="text-sm text-ink-muted" aria-live="polite">
        {t('dashboards.range.showing', {
          from: formatLongDay(range.from, i18n.language),
          to: formatLongDay(range.to, i18n.language),
          count: spanDays(range),
        })}
      </p>
    </div>
  )
}
