import { zodResolver } from '@hookform/resolvers/zod'
import { type TDeactivateDoctorInput, type TRosterDoctor, ZDeactivateDoctorInput } from '@medbook/contracts'
import {
  applyServerFieldErrors,
  Badge,
  Button,
  cn,
  Dialog,
  DialogContent,
  DialogDescription,
  DialogTitle,
  ErrorState,
  Field,
  FormError,
  Notice,
  Select,
  Skeleton,
  Textarea,
  toast,
  useFieldErrorText,
  useServerErrorText,
} from '@medbook/ui'
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { CalendarX2, UserX } from 'lucide-react'
import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { canTakeAppointments } from './roster-status'

const FIELDS = ['reassignToDoctorId', 'reason'] as const
const HOSPITAL_TIME_ZONE = 'Asia/Ho_Chi_Minh'

interface DeactivateDoctorDialogProps {
  doctor: TRosterDoctor
  roster: readonly TRosterDoctor[]
  timeZone?: string
  onClose: () => void
}

/**
 * Deactivating a doctor: the preview lists their future appointments; staff cancel them (patients
 * are told) or move them to another doctor, which is refused while any of them clashes.
 */
export function DeactivateDoctorDialog({
  doctor,
  roster,
  timeZone = HOSPITAL_TIME_ZONE,
  onClose,
}: DeactivateDoctorDialogProps) {
  const { t, i18n } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const fieldError = useFieldErrorText()
  const serverErrorText = useServerErrorText()
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<TDeactivateDoctorInput>({
    resolver: zodResolver(ZDeactivateDoctorInput, undefined, { raw: true }),
    defaultValues: { doctorId: doctor.id, futureAppointments: 'cancel', reassignToDoctorId: undefined, reason: '' },
  })
  const { errors } = form.formState
  const choice = form.watch('futureAppointments')
  const targetId = form.watch('reassignToDoctorId')
  const reassigning = choice === 'reassign'
  const preview = useQuery({
    ...trpc.myHospital.deactivationPreview.queryOptions({
      doctorId: doctor.id,
      reassignToDoctorId: reassigning ? targetId : undefined,
    }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  })
  const targets = roster.filter((other) => other.id !== doctor.id && canTakeAppointments(other))
  const appointments = preview.data?.appointments ?? []
  const clashCount = reassigning && targetId && !preview.isPlaceholderData ? (preview.data?.clashCount ?? 0) : 0
  const blocked = reassigning && (!targetId || clashCount > 0 || preview.isFetching)

  const deactivate = useMutation(
    trpc.myHospital.deactivateDoctor.mutationOptions({
      onSuccess: async (result) => {
        toast(t('roster.deactivate.done', { name: doctor.name }), {
          description:
            result.reassigned > 0
              ? t('roster.deactivate.doneReassigned', { count: result.reassigned })
              : result.cancelled > 0
                ? t('roster.deactivate.doneCancelled', { count: result.cancelled })
                : undefined,
        })
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.myHospital.roster.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.schedule.pathKey() }),
        ])
        onClose()
      },
      onError: (error) => {
        if (applyServerFieldErrors(error, form.setError, FIELDS) === 0) setFormError(serverErrorText(error))
        void preview.refetch()
      },
    }),
  )

  const when = new Intl.DateTimeFormat(i18n.language, {
    timeZone,
    weekday: 'short',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
  })

  return (
    <Dialog open onOpenChange={(open) => (open || deactivate.isPending ? undefined : onClose())}>
      <DialogContent className="max-w-2xl" onPointerDownOutside={(event) => event.preventDefault()}>
        <DialogTitle>{t('roster.deactivate.title', { name: doctor.name })}</DialogTitle>
        <DialogDescription>{t('roster.deactivate.description')}</DialogDescription>
        <form
          noValidate
          className="mt-5 flex flex-col gap-5"
          onSubmit={form.handleSubmit((values) => {
            setFormError(null)
            deactivate.mutate({
              ...values,
              reassignToDoctorId: values.futureAppointments === 'reassign' ? values.reassignToDoctorId : undefined,
            })
          })}
        >
          <section aria-labelledby="deactivate-appointments" className="flex flex-col gap-3">
            <h3 id="deactivate-appointments" className="text-sm font-semibold text-ink">
              {t('roster.deactivate.appointments')}
            </h3>
            {preview.isError ? (
              <ErrorState onRetry={() => void preview.refetch()} retrying={preview.isRefetching} />
            ) : !preview.data ? (
              <Skeleton className="h-24 rounded-xl" />
            ) : appointments.length === 0 ? (
              <Notice tone="success">{t('roster.deactivate.none')}</Notice>
            ) : (
              <>
                <p className="text-sm text-ink-muted" aria-live="polite">
                  {t('roster.deactivate.count', { count: appointments.length })}
                </p>
                <ul
                  className="max-h-56 divide-y divide-border overflow-y-auto rounded-xl border border-border"
                  data-testid="deactivation-appointments"
                >
                  {appointments.map((appointment) => {
                    const clashes = reassigning && Boolean(targetId) && appointment.clashes
                    return (
                      <li
                        key={appointment.id}
                        className={cn(
                          'flex flex-wrap items-center justify-between gap-2 px-3 py-2 text-sm',
                          clashes && 'bg-danger-50',
                        )}
                      >
                        <span className="flex flex-col">
                          <span className="font-medium text-ink tabular-nums">{when.format(appointment.startsAt)}</span>
                          <span className="text-ink-muted">{appointment.patientName}</span>
                        </span>
                        <span className="flex gap-1.5">
                          <Badge tone={appointment.type === 'online' ? 'accent' : 'outline'}>
                            {t(`roster.deactivate.type.${appointment.type}`)}
                          </Badge>
                          {clashes ? <Badge tone="danger">{t('roster.deactivate.clash')}</Badge> : null}
                        </span>
                      </li>
                    )
                  })}
                </ul>
              </>
            )}
          </section>

          {appointments.length > 0 ? (
            <Controller
              control={form.control}
              name="futureAppointments"
              render={({ field }) => (
                <fieldset className="flex flex-col gap-2">
                  <legend className="text-sm font-medium text-ink">{t('roster.deactivate.handle')}</legend>
                  {(['cancel', 'reassign'] as const).map((option) => (
                    <label
                      key={option}
                      className="flex cursor-pointer items-start gap-3 rounded-xl border border-border p-3 text-sm has-[:checked]:border-primary-600 has-[:checked]:bg-primary-50"
                    >
                      <input
                        type="radio"
                        name={field.name}
                        value={option}
                        checked={field.value === option}
                        onChange={() => field.onChange(option)}
                        className="mt-0.5 size-4 shrink-0 accent-primary-700"
                      />
                      <span>
                        <span className="block font-medium text-ink">{t(`roster.deactivate.${option}.label`)}</span>
                        <span className="block text-ink-muted">{t(`roster.deactivate.${option}.hint`)}</span>
                      </span>
                    </label>
                  ))}
                </fieldset>
              )}
            />
          ) : null}

          {reassigning && appointments.length > 0 ? (
            targets.length === 0 ? (
              <Notice tone="warning">{t('roster.deactivate.noTargets')}</Notice>
            ) : (
              <Controller
                control={form.control}
                name="reassignToDoctorId"
                render={({ field }) => (
                  <Field
                    label={t('roster.deactivate.target')}
                    error={errors.reassignToDoctorId ? t('roster.deactivate.targetRequired') : undefined}
                  >
                    <Select
                      options={targets.map((other) => ({ value: other.id, label: other.name }))}
                      value={field.value}
                      placeholder={t('roster.deactivate.targetPlaceholder')}
                      onValueChange={field.onChange}
                      onBlur={field.onBlur}
                      ref={field.ref}
                    />
                  </Field>
                )}
              />
            )
          ) : null}

          {clashCount > 0 ? (
            <Notice tone="danger" role="alert" title={t('roster.deactivate.clashTitle', { count: clashCount })}>
              {t('roster.deactivate.clashDescription', { name: preview.data?.target?.name ?? '' })}
            </Notice>
          ) : null}

          <Field
            label={t('roster.deactivate.reason')}
            hint={t('roster.deactivate.reasonHint')}
            error={
              errors.reason
                ? errors.reason.type === 'server'
                  ? fieldError(errors.reason)
                  : t('roster.deactivate.reasonRequired')
                : undefined
            }
          >
            <Textarea maxLength={500} {...form.register('reason')} />
          </Field>

          <FormError message={formError} />
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="secondary" disabled={deactivate.isPending} onClick={onClose}>
              {t('roster.deactivate.keep')}
            </Button>
            <Button type="submit" variant="danger" loading={deactivate.isPending} disabled={blocked || !preview.data}>
              {deactivate.isPending ? null : appointments.length > 0 && !reassigning ? (
                <CalendarX2 aria-hidden="true" />
              ) : (
                <UserX aria-hidden="true" />
              )}
              {appointments.length > 0 && !reassigning
                ? t('roster.deactivate.confirmCancel', { count: appointments.length })
                : t('roster.deactivate.confirm')}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  )
}
