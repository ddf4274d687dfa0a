import { zodResolver } from '@hookform/resolvers/zod'
import type { TMyHospitalProfile } from '@medbook/contracts'
import { Button, Input, SectionCard, useServerErrorText } from '@medbook/ui'
import { CopyCheck } from 'lucide-react'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { type HoursValues, hoursValues, operatingHoursOf, ZHoursForm } from './hours-schema'
import { SectionForm } from './section-form'
import { useProfileErrorText } from './use-profile-error-text'
import { useSaveProfile } from './use-save-profile'

export function HoursSection({ profile }: { profile: TMyHospitalProfile }) {
  const { t } = useTranslation()
  const fieldError = useProfileErrorText()
  const serverErrorText = useServerErrorText()
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<HoursValues>({
    resolver: zodResolver(ZHoursForm, undefined, { raw: true }),
    defaultValues: hoursValues(profile.operatingHours),
  })
  const { errors, isDirty } = form.formState
  const { save, pending } = useSaveProfile({
    onSaved: (saved) => form.reset(hoursValues(saved.operatingHours)),
    // the rows are checked here first; what the API still refuses is shown for the whole form
    onError: (error) => setFormError(serverErrorText(error)),
  })
  const days = form.watch('days')

  /** Monday's hours on every open day. */
  function copyMondayToOpenDays() {
    const monday = form.getValues('days.0')
    days.forEach((day, index) => {
      if (index === 0 || !day.open) return
      form.setValue(`days.${index}.openTime`, monday.openTime, { shouldDirty: true, shouldValidate: true })
      form.setValue(`days.${index}.closeTime`, monday.closeTime, { shouldDirty: true, shouldValidate: true })
    })
  }

  return (
    <SectionCard
      title={t('myHospital.hours.title')}
      description={t('myHospital.hours.description')}
      actions={
        <Button variant="ghost" size="sm" onClick={copyMondayToOpenDays} disabled={!days[0]?.open}>
          <CopyCheck aria-hidden="true" />
          {t('myHospital.hours.copyMonday')}
        </Button>
      }
    >
      <SectionForm
        id="hours"
        dirty={isDirty}
        pending={pending}
        formError={formError}
        onDiscard={() => form.reset(hoursValues(profile.operatingHours))}
        onSubmit={form.handleSubmit((values) => {
          setFormError(null)
          save({ operatingHours: operatingHoursOf(values) })
        })}
      >
        <ul className="divide-y divide-border rounded-xl border border-border">
          {days.map((day, index) => {
            const dayName = t(`availability.days.${day.day}`)
            const rowErrors = errors.days?.[index]
            const error = fieldError(rowErrors?.closeTime ?? rowErrors?.openTime)
            const errorId = `hours-${day.day}-error`
            return (
              <li
                key={day.day}
                data-testid={`hours-${day.day}`}
                className="grid gap-3 px-4 py-3 sm:grid-cols-[10rem_1fr] sm:items-center"
              >
                <label className="flex cursor-pointer items-center gap-3 text-sm font-semibold text-ink">
                  <input
                    type="checkbox"
                    className="size-4 shrink-0 accent-primary-700"
                    {...form.register(`days.${index}.open`, {
                      onChange: () => void form.trigger(`days.${index}`),
                    })}
                  />
                  {dayName}
                  <span className="sr-only">{t('myHospital.hours.openThatDay')}</span>
                </label>
                <div className="flex flex-col gap-1.5">
                  <div className="flex flex-wrap items-center gap-2">
                    <div className="w-36">
                      <Input
                        type="time"
                        aria-label={t('myHospital.hours.opensAt', { day: dayName })}
                        aria-invalid={rowErrors?.openTime ? true : undefined}
                        aria-describedby={error ? errorId : undefined}
                        disabled={!day.open}
                        {...form.register(`days.${index}.openTime`)}
                      />
                    </div>
                    <span aria-hidden="true" className="text-ink-muted">
                      –
                    </span>
                    <div className="w-36">
                      <Input
                        type="time"
                        aria-label={t('myHospital.hours.closesAt', { day: dayName })}
                        aria-invalid={rowErrors?.closeTime ? true : undefined}
                        aria-describedby={error ? errorId : undefined}
                        disabled={!day.open}
                        {...form.register(`days.${index}.closeTime`)}
                      />
                    </div>
                    {day.open ? null : <span className="text-sm text-ink-muted">{t('myHospital.hours.closed')}</span>}
                  </div>
                  {error ? (
                    <p id={errorId} className="text-sm font-medium text-danger-700">
                      {error}
                    </p>
                  ) : null}
                </div>
              </li>
            )
          })}
        </ul>
      </SectionForm>
    </SectionCard>
  )
}
