import { zodResolver } from '@hookform/resolvers/zod'
import { type THospitalServiceEntry, ZUpsertHospitalServiceInput } from '@medbook/contracts'
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
  Select,
  Textarea,
  toast,
  useFieldErrorText,
  useServerErrorText,
} from '@medbook/ui'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { useTRPC } from '../../lib/trpc'

type ServiceValues = z.input<typeof ZUpsertHospitalServiceInput>
const FIELDS = ['serviceId', 'price', 'description', 'isAvailable'] as const

export interface CatalogueEntry {
  id: string
  name: string
  category: THospitalServiceEntry['category']
  basePrice: number
  description: string | null
}

type ServiceDialogProps =
  | { mode: 'add'; choices: readonly CatalogueEntry[]; service?: undefined; onClose: () => void }
  | { mode: 'edit'; service: THospitalServiceEntry; choices?: undefined; onClose: () => void }

/** Offers a catalogue service at the hospital's price, or changes an offered one's price, text and availability. */
export function ServiceDialog({ mode, service, choices, onClose }: ServiceDialogProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const fieldError = useFieldErrorText()
  const serverErrorText = useServerErrorText()
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<ServiceValues>({
    resolver: zodResolver(ZUpsertHospitalServiceInput, undefined, { raw: true }),
    defaultValues: service
      ? {
          serviceId: service.serviceId,
          price: service.price,
          description: service.description ?? '',
          isAvailable: service.isAvailable,
        }
      : { serviceId: '', price: Number.NaN, description: '', isAvailable: true },
  })
  const { errors } = form.formState
  const save = useMutation(
    trpc.myHospital.setService.mutationOptions({
      onSuccess: async (services) => {
        queryClient.setQueryData(trpc.myHospital.services.queryKey(), services)
        const name = services.find((entry) => entry.serviceId === form.getValues('serviceId'))?.name ?? ''
        toast(t(mode === 'add' ? 'hospitalServices.added' : 'hospitalServices.saved', { name }))
        await queryClient.invalidateQueries({ queryKey: trpc.catalogue.hospitalServices.pathKey() })
        onClose()
      },
      onError: (error) => {
        if (applyServerFieldErrors(error, form.setError, FIELDS) === 0) setFormError(serverErrorText(error))
      },
    }),
  )
  const chosenId = form.watch('serviceId')
  const price = form.watch('price')
  const chosen = service
    ? { basePrice: service.basePrice, name: service.name }
    : choices?.find((entry) => entry.id === chosenId)
  const categoryOf = (category: CatalogueEntry['category']) => t(`hospitalServices.category.${category}`)

  return (
    <Dialog open onOpenChange={(open) => (open || save.isPending ? undefined : onClose())}>
      <DialogContent className="max-w-xl">
        <DialogTitle>
          {mode === 'add' ? t('hospitalServices.addTitle') : t('hospitalServices.editTitle', { name: service?.name })}
        </DialogTitle>
        <DialogDescription>
          {mode === 'add' ? t('hospitalServices.addDescription') : t('hospitalServices.editDescription')}
        </DialogDescription>
        <form
          noValidate
          className="mt-5 flex flex-col gap-5"
          onSubmit={form.handleSubmit(({ description, ...values }) => {
            setFormError(null)
            save.mutate({ ...values, description: description?.trim() ? description : null })
          })}
        >
          {mode === 'add' ? (
            <Controller
              control={form.control}
              name="serviceId"
              render={({ field }) => (
                <Field
                  label={t('hospitalServices.form.service')}
                  error={errors.serviceId ? t('hospitalServices.form.serviceRequired') : undefined}
                >
                  <Select
                    options={(choices ?? []).map((entry) => ({
                      value: entry.id,
                      label: `${entry.name} · ${categoryOf(entry.category)}`,
                    }))}
                    value={field.value || undefined}
                    placeholder={t('hospitalServices.form.servicePlaceholder')}
                    onValueChange={(value) => {
                      field.onChange(value)
                      const entry = choices?.find((choice) => choice.id === value)
                      // the catalogue's base price is a starting point for the hospital's own
                      if (entry && !form.getFieldState('price').isDirty) {
                        form.setValue('price', entry.basePrice, { shouldValidate: true })
                      }
                    }}
                    onBlur={field.onBlur}
                    ref={field.ref}
                  />
                </Field>
              )}
            />
          ) : null}
          <Field
            label={t('hospitalServices.form.price')}
            hint={
              chosen
                ? t('hospitalServices.form.priceHint', {
                    price: Number.isFinite(price) ? formatVnd(price) : '—',
                    base: formatVnd(chosen.basePrice),
                  })
                : t('hospitalServices.form.priceUnit')
            }
            error={
              errors.price
                ? errors.price.type === 'server'
                  ? fieldError(errors.price)
                  : t('hospitalServices.form.priceError')
                : undefined
            }
          >
            <Input
              type="number"
              inputMode="numeric"
              min={0}
              step={1000}
              {...form.register('price', { valueAsNumber: true })}
            />
          </Field>
          <Field
            label={t('hospitalServices.form.description')}
            hint={t('hospitalServices.form.descriptionHint')}
            error={fieldError(errors.description ?? undefined)}
          >
            <Textarea maxLength={1000} {...form.register('description')} />
          </Field>
          <label className="flex cursor-pointer items-start gap-3 rounded-xl border border-border p-3 text-sm has-[:checked]:border-primary-600 has-[:checked]:bg-primary-50">
            <input
              type="checkbox"
              className="mt-0.5 size-4 shrink-0 accent-primary-700"
              {...form.register('isAvailable')}
            />
            <span>
              <span className="block font-medium text-ink">{t('hospitalServices.form.available')}</span>
              <span className="block text-ink-muted">{t('hospitalServices.form.availableHint')}</span>
            </span>
          </label>
          <FormError message={formError} />
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <Button variant="secondary" disabled={save.isPending} onClick={onClose}>
              {t('hospitalServices.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {mode === 'add' ? t('hospitalServices.addConfirm') : t('hospitalServices.saveConfirm')}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  )
}
