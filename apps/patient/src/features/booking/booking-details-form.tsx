import { zodResolver } from '@hookform/resolvers/zod'
import type { TFamilyMember } from '@medbook/contracts'
import { Button, Field, Textarea, useFieldErrorText } from '@medbook/ui'
import { ArrowRight } from 'lucide-react'
import { useId } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { type TBookingDetails, type TBookingDetailsInput, ZBookingDetails } from './booking-schema'
import { ForWhomField, MYSELF } from './for-whom-field'
import { SymptomChips } from './symptom-chips'

interface BookingDetailsFormProps {
  selfName: string
  members: readonly TFamilyMember[]
  defaultValues: TBookingDetails | null
  onNext: (details: TBookingDetails) => void
}

/** Step 1: who the visit is for, why, and what they feel. */
export function BookingDetailsForm({ selfName, members, defaultValues, onNext }: BookingDetailsFormProps) {
  const { t } = useTranslation()
  const fieldError = useFieldErrorText()
  const symptomsHintId = useId()
  const form = useForm<TBookingDetailsInput, unknown, TBookingDetails>({
    resolver: zodResolver(ZBookingDetails),
    defaultValues: defaultValues ?? { forWhom: MYSELF, reasonForVisit: '', symptoms: [] },
  })
  const { errors } = form.formState

  return (
    <form noValidate onSubmit={form.handleSubmit(onNext)} className="flex flex-col gap-6">
      <Controller
        control={form.control}
        name="forWhom"
        render={({ field }) => (
          <ForWhomField
            legend={t('booking.form.forWhom')}
            selfName={selfName}
            members={members}
            value={field.value}
            onChange={field.onChange}
            showAddLink
          />
        )}
      />
      <Field
        label={t('booking.form.reason')}
        hint={t('booking.form.reasonHint')}
        error={fieldError(errors.reasonForVisit)}
      >
        <Textarea
          maxLength={500}
          placeholder={t('booking.form.reasonPlaceholder')}
          {...form.register('reasonForVisit')}
        />
      </Field>
      <fieldset aria-describedby={symptomsHintId} className="min-w-0">
        <legend className="text-sm font-semibold text-ink">{t('booking.form.symptoms')}</legend>
        <p id={symptomsHintId} className="mt-0.5 mb-3 text-sm text-ink-muted">
          {t('booking.form.symptomsHint')}
        </p>
        <Controller
          control={form.control}
          name="symptoms"
          render={({ field }) => <SymptomChips value={field.value ?? []} onChange={field.onChange} />}
        />
        {errors.symptoms ? (
          <p className="mt-2 text-sm font-medium text-danger-700">{t('booking.form.symptomsLimit')}</p>
        ) : null}
      </fieldset>
      <Button type="submit" size="lg" className="w-full sm:w-auto sm:self-end">
        {t('booking.form.next')}
        <ArrowRight aria-hidden="true" />
      </Button>
    </form>
  )
}
