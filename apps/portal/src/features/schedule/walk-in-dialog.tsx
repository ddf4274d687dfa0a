import { zodResolver } from '@hookform/resolvers/zod'
import { ZPersonName, ZPhoneNumber } from '@medbook/contracts'
import {
  applyServerFieldErrors,
  Button,
  Dialog,
  DialogContent,
  DialogDescription,
  DialogTitle,
  Field,
  FormError,
  Input,
  Notice,
  readServerError,
  Select,
  Textarea,
  TRANSLATED,
  useFieldErrorText,
  useServerErrorText,
} from '@medbook/ui'
import { useMutation, useQuery } from '@tanstack/react-query'
import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { useTRPC } from '../../lib/trpc'
import { formatDay } from './schedule-dates'
import type { TScheduleDoctor } from './schedule-types'
import { useInvalidateSchedule } from './use-invalidate-schedule'

const ZWalkInForm = z.object({
  doctorId: z.string().min(1, 'required'),
  /** the chosen slot's start, as an ISO instant */
  startsAt: z.string().min(1, 'required'),
  phoneNumber: ZPhoneNumber,
  firstName: ZPersonName,
  lastName: ZPersonName,
  reasonForVisit: z.string().trim().max(500),
})
type WalkInValues = z.input<typeof ZWalkInForm>

interface Booked {
  queueNumber: number | null
  name: string
  time: string
  doctor: string
}

interface WalkInDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  date: string
  doctors: readonly TScheduleDoctor[]
  defaultDoctorId: string | undefined
}

export function WalkInDialog({ open, onOpenChange, date, doctors, defaultDoctorId }: WalkInDialogProps) {
  const { t, i18n } = useTranslation()
  const [booked, setBooked] = useState<Booked | null>(null)
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) setBooked(null)
        onOpenChange(next)
      }}
    >
      <DialogContent className="max-w-xl">
        <DialogTitle>{booked ? t('schedule.walkIn.successTitle') : t('schedule.walkIn.title')}</DialogTitle>
        <DialogDescription>
          {booked
            ? t('schedule.walkIn.successTime', { ...booked })
            : t('schedule.walkIn.description', { date: formatDay(date, i18n.language) })}
        </DialogDescription>
        {booked ? (
          <div className="mt-5 flex flex-col gap-5">
            <Notice tone="success" role="status">
              <span className="text-base font-semibold" data-testid="walk-in-queue">
                {t('schedule.walkIn.success', { number: booked.queueNumber ?? '–' })}
              </span>
            </Notice>
            <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
              <Button variant="secondary" onClick={() => setBooked(null)}>
                {t('schedule.walkIn.another')}
              </Button>
              <Button onClick={() => onOpenChange(false)}>{t('schedule.walkIn.done')}</Button>
            </div>
          </div>
        ) : (
          <WalkInForm date={date} doctors={doctors} defaultDoctorId={defaultDoctorId} onBooked={setBooked} />
        )}
      </DialogContent>
    </Dialog>
  )
}

interface WalkInFormProps {
  date: string
  doctors: readonly TScheduleDoctor[]
  defaultDoctorId: string | undefined
  onBooked: (booked: Booked) => void
}

function WalkInForm({ date, doctors, defaultDoctorId, onBooked }: WalkInFormProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const fieldError = useFieldErrorText()
  const serverErrorText = useServerErrorText()
  const invalidate = useInvalidateSchedule()
  const [formError, setFormError] = useState<string | null>(null)
  // one key per form, so a retried request cannot book twice
  const [idempotencyKey] = useState(() => crypto.randomUUID())
  const form = useForm<WalkInValues>({
    resolver: zodResolver(ZWalkInForm, undefined, { raw: true }),
    defaultValues: {
      doctorId: defaultDoctorId ?? (doctors.length === 1 ? doctors[0]?.id : '') ?? '',
      startsAt: '',
      phoneNumber: '',
      firstName: '',
      lastName: '',
      reasonForVisit: '',
    },
  })
  const doctorId = form.watch('doctorId')
  const slots = useQuery({
    ...trpc.availability.slots.queryOptions({ doctorId, from: date, to: date, type: 'in_person' }),
    enabled: doctorId !== '',
    staleTime: 0,
  })
  const book = useMutation(
    trpc.appointments.bookWalkIn.mutationOptions({
      onSuccess: async (appointment) => {
        await invalidate()
        onBooked({
          queueNumber: appointment.queueNumber,
          name: appointment.patient.name,
          time: appointment.timeSlot.startTime,
          doctor: appointment.doctor.name,
        })
      },
      onError: (error) => {
        const refusal = readServerError(error)
        // a phone number of someone else's account (or of staff): said on the phone field, the account's name never shown
        if (refusal.code === 'CONFLICT' && refusal.details.field === 'phoneNumber') {
          const message =
            refusal.details.reason === 'name_mismatch'
              ? t('schedule.walkIn.nameMismatch')
              : t('schedule.walkIn.notAPatient')
          return form.setError('phoneNumber', { type: TRANSLATED, message }, { shouldFocus: true })
        }
        if (refusal.code === 'CONFLICT') {
          form.setValue('startsAt', '')
          void slots.refetch()
          const message = t('schedule.walkIn.taken')
          return form.setError('startsAt', { type: TRANSLATED, message })
        }
        const fields = ['phoneNumber', 'firstName', 'lastName', 'reasonForVisit'] as const
        if (applyServerFieldErrors(error, form.setError, fields) === 0) setFormError(serverErrorText(error))
      },
    }),
  )
  const slotOptions = (slots.data?.slots ?? []).map((slot) => ({
    value: slot.startsAt.toISOString(),
    label: `${slot.startTime}–${slot.endTime}`,
  }))
  const slotHint =
    doctorId === ''
      ? undefined
      : slots.isPending
        ? t('schedule.walkIn.loadingSlots')
        : slotOptions.length === 0
          ? t('schedule.walkIn.noSlots')
          : undefined

  return (
    <form
      noValidate
      className="mt-5 flex flex-col gap-4"
      onSubmit={form.handleSubmit((values) => {
        setFormError(null)
        book.mutate({
          doctorId: values.doctorId,
          startsAt: new Date(values.startsAt),
          phoneNumber: values.phoneNumber,
          firstName: values.firstName,
          lastName: values.lastName,
          reasonForVisit: values.reasonForVisit?.trim() || undefined,
          idempotencyKey,
        })
      })}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <Controller
          control={form.control}
          name="doctorId"
          render={({ field, fieldState }) => (
            <Field label={t('schedule.walkIn.doctor')} error={fieldError(fieldState.error)}>
              <Select
                value={field.value || undefined}
                onValueChange={(value) => {
                  field.onChange(value)
                  form.setValue('startsAt', '')
                }}
                placeholder={t('schedule.walkIn.chooseDoctor')}
                options={doctors.map((doctor) => ({ value: doctor.id, label: doctor.name }))}
              />
            </Field>
          )}
        />
        <Controller
          control={form.control}
          name="startsAt"
          render={({ field, fieldState }) => (
            <Field label={t('schedule.walkIn.slot')} hint={slotHint} error={fieldError(fieldState.error)}>
              <Select
                value={field.value || undefined}
                onValueChange={field.onChange}
                disabled={slotOptions.length === 0}
                placeholder={t('schedule.walkIn.chooseSlot')}
                options={slotOptions}
              />
            </Field>
          )}
        />
      </div>
      <Field label={t('schedule.walkIn.phone')} error={fieldError(form.formState.errors.phoneNumber)}>
        <Input type="tel" inputMode="tel" autoComplete="off" {...form.register('phoneNumber')} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('schedule.walkIn.lastName')} error={fieldError(form.formState.errors.lastName)}>
          <Input autoComplete="off" {...form.register('lastName')} />
        </Field>
        <Field label={t('schedule.walkIn.firstName')} error={fieldError(form.formState.errors.firstName)}>
          <Input autoComplete="off" {...form.register('firstName')} />
        </Field>
      </div>
      <Field label={t('schedule.walkIn.reason')} error={fieldError(form.formState.errors.reasonForVisit)}>
        <Textarea maxLength={500} {...form.register('reasonForVisit')} />
      </Field>
      <FormError message={formError} />
      <div className="flex justify-end">
        <Button type="submit" loading={book.isPending}>
          {t('schedule.walkIn.submit')}
        </Button>
      </div>
    </form>
  )
}
