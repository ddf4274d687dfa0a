import { Button, cn, Field, Input, Select } from '@medbook/ui'
import { ChevronLeft, ChevronRight } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { addDays, isIsoDate, todayIn } from './schedule-dates'
import type { TScheduleDoctor } from './schedule-types'
import type { ScheduleParams } from './use-schedule-params'

const ALL = 'all'

interface ScheduleToolbarProps {
  params: ScheduleParams
  onChange: (next: Partial<ScheduleParams>) => void
  /** staff choose among the hospital's doctors; a doctor sees only their own schedule */
  doctors: readonly TScheduleDoctor[] | null
}

export function ScheduleToolbar({ params, onChange, doctors }: ScheduleToolbarProps) {
  const { t } = useTranslation()
  const step = params.view === 'week' ? 7 : 1
  return (
    <div className="flex flex-col gap-4 lg:flex-row lg:flex-wrap lg:items-end">
      {/* two pressed-state buttons, not tabs: the view below changes in place of one panel */}
      <fieldset className="inline-flex max-w-full gap-1 self-start rounded-xl bg-surface-muted p-1">
        <legend className="sr-only">{t('schedule.view')}</legend>
        {(['day', 'week'] as const).map((view) => (
          <button
            key={view}
            type="button"
            aria-pressed={params.view === view}
            onClick={() => onChange({ view })}
            className={cn(
              'inline-flex h-10 cursor-pointer items-center justify-center rounded-lg px-4 text-sm font-semibold',
              params.view === view ? 'bg-surface text-primary-800 shadow-card' : 'text-ink-muted hover:text-ink',
            )}
          >
            {view === 'day' ? t('schedule.dayView') : t('schedule.weekView')}
          </button>
        ))}
      </fieldset>
      <div className="flex items-end gap-2">
        <Button
          variant="secondary"
          size="icon"
          aria-label={t('schedule.previous')}
          onClick={() => onChange({ date: addDays(params.date, -step) })}
        >
          <ChevronLeft aria-hidden="true" />
        </Button>
        <Field label={t('schedule.date')} hideLabel className="w-44">
          <Input
            type="date"
            value={params.date}
            onChange={(event) => {
              if (isIsoDate(event.target.value)) onChange({ date: event.target.value })
            }}
          />
        </Field>
        <Button
          variant="secondary"
          size="icon"
          aria-label={t('schedule.next')}
          onClick={() => onChange({ date: addDays(params.date, step) })}
        >
          <ChevronRight aria-hidden="true" />
        </Button>
        <Button variant="ghost" onClick={() => onChange({ date: todayIn() })}>
          {t('schedule.today')}
        </Button>
      </div>
      {doctors ? (
        <Field label={t('schedule.doctor')} className="w-full sm:w-64">
          <Select
            value={params.doctorId ?? ALL}
            onValueChange={(value) => onChange({ doctorId: value === ALL ? undefined : value })}
            options={[
              { value: ALL, label: t('schedule.allDoctors') },
              ...doctors.map((doctor) => ({ value: doctor.id, label: doctor.name })),
            ]}
          />
        </Field>
      ) : null}
    </div>
  )
}
