import { zodResolver } from '@hookform/resolvers/zod'
import { type TRosterDoctor, ZUpdateRosterDoctorInput } from '@medbook/contracts'
import {
  applyServerFieldErrors,
  Button,
  Dialog,
  DialogContent,
  DialogDescription,
  DialogTitle,
  Field,
  FormError,
  formatVnd,
  Input,
  Notice,
  Skeleton,
  Textarea,
  toast,
  useFieldErrorText,
  useServerErrorText,
} from '@medbook/ui'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { CalendarClock } from 'lucide-react'
import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { z } from 'zod'
import { useTRPC } from '../../lib/trpc'
import { SpecialtyChecklist } from '../my-hospital/specialty-checklist'
import { LanguagesField } from './languages-field'
import { QualificationsFieldset } from './qualifications-fieldset'

const ZDoctorForm = ZUpdateRosterDoctorInput.required()
type DoctorValues = z.input<typeof ZDoctorForm>
const FIELDS = ['specialtyIds', 'qualifications', 'experience', 'biography', 'languages', 'consultationFee'] as const

function valuesOf(doctor: TRosterDoctor): DoctorValues {
  return {
    doctorId: doctor.id,
    specialtyIds: doctor.specialties.map((specialty) => specialty.id),
    qualifications: doctor.qualifications.map((qualification) => ({ ...qualification })),
    experience: doctor.experience,
    biography: doctor.biography ?? '',
    languages: [...doctor.languages],
    consultationFee: doctor.consultationFee,
  }
}

interface EditDoctorDialogProps {
  doctor: TRosterDoctor
  onClose: () => void
}

/** Staff edit a doctor's professional profile: specialties, qualifications, experience, biography, languages, fee. */
export function EditDoctorDialog({ doctor, onClose }: EditDoctorDialogProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const specialties = useQuery(trpc.specialties.list.queryOptions())
  const fieldError = useFieldErrorText()
  const serverErrorText = useServerErrorText()
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<DoctorValues>({
    resolver: zodResolver(ZDoctorForm, undefined, { raw: true }),
    defaultValues: valuesOf(doctor),
  })
  const { errors } = form.formState
  const save = useMutation(
    trpc.myHospital.updateDoctor.mutationOptions({
      onSuccess: async (saved) => {
        queryClient.setQueryData(trpc.myHospital.roster.queryKey(), (current) =>
          current?.map((row) => (row.id === saved.id ? saved : row)),
        )
        toast(t('roster.edit.saved', { name: saved.name }))
        await queryClient.invalidateQueries({ queryKey: trpc.doctors.pathKey() })
        onClose()
      },
      onError: (error) => {
        if (applyServerFieldErrors(error, form.setError, FIELDS) === 0) setFormError(serverErrorText(error))
      },
    }),
  )
  const fee = form.watch('consultationFee')
  const offersOnline = doctor.consultationTypes.includes('online')
  const numberError = (error: { type?: string | number; message?: string } | undefined, text: string) =>
    error ? (error.type === 'server' ? fieldError(error) : text) : undefined

  return (
    <Dialog open onOpenChange={(open) => (open || save.isPending ? undefined : onClose())}>
      <DialogContent className="max-w-2xl">
        <DialogTitle>{t('roster.edit.title', { name: doctor.name })}</DialogTitle>
        <DialogDescription>{t('roster.edit.description')}</DialogDescription>
        <form
          noValidate
          className="mt-5 flex flex-col gap-6"
          onSubmit={form.handleSubmit(({ biography, ...values }) => {
            setFormError(null)
            save.mutate({ ...values, biography: biography?.trim() ? biography : null })
          })}
        >
          {specialties.data ? (
            <Controller
              control={form.control}
              name="specialtyIds"
              render={({ field }) => (
                <SpecialtyChecklist
                  legend={t('roster.edit.specialties')}
                  hint={t('roster.edit.specialtiesHint')}
                  options={specialties.data}
                  value={field.value}
                  onChange={field.onChange}
                  error={errors.specialtyIds ? t('roster.edit.specialtiesError') : undefined}
                />
              )}
            />
          ) : (
            <Skeleton className="h-32 rounded-xl" />
          )}

          <div className="grid gap-5 sm:grid-cols-2">
            <Field
              label={t('roster.edit.fee')}
              hint={Number.isFinite(fee) ? formatVnd(fee) : t('roster.edit.feeHint')}
              error={numberError(errors.consultationFee, t('roster.edit.feeError'))}
            >
              <Input
                type="number"
                inputMode="numeric"
                min={0}
                step={1000}
                {...form.register('consultationFee', { valueAsNumber: true })}
              />
            </Field>
            <Field
              label={t('roster.edit.experience')}
              error={numberError(errors.experience, t('roster.edit.experienceError'))}
            >
              <Input
                type="number"
                inputMode="numeric"
                min={0}
                max={70}
                {...form.register('experience', { valueAsNumber: true })}
              />
            </Field>
          </div>

          <Controller
            control={form.control}
            name="languages"
            render={({ field }) => (
              <LanguagesField
                legend={t('roster.edit.languages')}
                value={field.value}
                onChange={field.onChange}
                error={errors.languages ? t('roster.edit.languagesError') : undefined}
              />
            )}
          />

          <Field
            label={t('roster.edit.biography')}
            hint={t('roster.edit.biographyHint')}
            error={fieldError(errors.biography ?? undefined)}
          >
            <Textarea rows={5} maxLength={4000} {...form.register('biography')} />
          </Field>

          <QualificationsFieldset form={form} />

          <Notice tone="info" title={t(offersOnline ? 'roster.edit.onlineOn' : 'roster.edit.onlineOff')}>
            <p>{t('roster.edit.onlineHint')}</p>
            <Link
              to={`/availability?doctor=${doctor.id}`}
              className="mt-1 inline-flex items-center gap-1.5 font-semibold text-primary-700 underline-offset-4 hover:underline"
            >
              <CalendarClock className="size-4" aria-hidden="true" />
              {t('roster.edit.onlineLink')}
            </Link>
          </Notice>

          <FormError message={formError} />
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="secondary" disabled={save.isPending} onClick={onClose}>
              {t('roster.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('roster.edit.save')}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  )
}
