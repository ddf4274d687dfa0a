import { zodResolver } from '@hookform/resolvers/zod'
import { ZCatalogueServiceInput, ZServiceCategory } from '@medbook/contracts'
import {
  applyServerFieldErrors,
  Button,
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogTitle,
  Field,
  FormError,
  formatVnd,
  Input,
  readServerError,
  Select,
  Textarea,
  TRANSLATED,
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
import type { CatalogueService } from './services-section'

type ServiceValues = z.input<typeof ZCatalogueServiceInput>
const FIELDS = ['name', 'description', 'category', 'basePrice'] as const

interface ServiceDialogProps {
  /** null: a new service */
  service: CatalogueService | null
  onClose: () => void
}

/** Adds a service to the catalogue or edits one: name, description, category and base price in VND. */
export function ServiceDialog({ service, onClose }: ServiceDialogProps) {
  const { t } = useTranslation()
  const { t: tUi } = useTranslation('ui')
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const fieldError = useFieldErrorText()
  const serverErrorText = useServerErrorText()
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<ServiceValues>({
    resolver: zodResolver(ZCatalogueServiceInput, undefined, { raw: true }),
    defaultValues: {
      id: service?.id,
      name: service?.name ?? '',
      description: service?.description ?? '',
      category: service?.category ?? 'consultation',
      basePrice: service?.basePrice ?? 0,
    },
  })
  const save = useMutation(
    trpc.catalogue.saveService.mutationOptions({
      onSuccess: async (saved) => {
        toast(t(service ? 'catalogue.services.dialog.saved' : 'catalogue.services.dialog.created', saved))
        await queryClient.invalidateQueries({ queryKey: trpc.catalogue.services.queryKey() })
        onClose()
      },
      onError: (error) => {
        if (readServerError(error).code === 'CONFLICT') {
          const message = t('catalogue.services.dialog.nameTaken')
          return form.setError('name', { type: TRANSLATED, message }, { shouldFocus: true })
        }
        if (applyServerFieldErrors(error, form.setError, FIELDS) === 0) setFormError(serverErrorText(error))
      },
    }),
  )
  const { errors } = form.formState
  const price = form.watch('basePrice')

  return (
    <Dialog open onOpenChange={(open) => (open || save.isPending ? undefined : onClose())}>
      <DialogContent className="max-w-xl">
        <DialogTitle>
          {service ? t('catalogue.services.dialog.editTitle') : t('catalogue.services.dialog.createTitle')}
        </DialogTitle>
        <DialogDescription>{t('catalogue.services.dialog.description')}</DialogDescription>
        <form
          noValidate
          className="mt-5 flex flex-col gap-4"
          onSubmit={form.handleSubmit((values) => {
            setFormError(null)
            save.mutate({ ...values, description: values.description?.trim() || null })
          })}
        >
          <Field label={t('catalogue.services.dialog.name')} error={fieldError(errors.name)}>
            <Input maxLength={200} {...form.register('name')} />
          </Field>
          <div className="grid gap-4 sm:grid-cols-2">
            <Controller
              control={form.control}
              name="category"
              render={({ field, fieldState }) => (
                <Field label={t('catalogue.services.dialog.category')} error={fieldError(fieldState.error)}>
                  <Select
                    value={field.value}
                    onValueChange={field.onChange}
                    options={ZServiceCategory.options.map((category) => ({
                      value: category,
                      label: t(`catalogue.category.${category}`),
                    }))}
                  />
                </Field>
              )}
            />
            <Field
              label={t('catalogue.services.dialog.basePrice')}
              hint={
                typeof price === 'number' && Number.isFinite(price)
                  ? t('catalogue.services.dialog.basePriceHint', { price: formatVnd(price) })
                  : undefined
              }
              error={fieldError(errors.basePrice)}
            >
              <Input
                type="number"
                inputMode="numeric"
                min={0}
                step={1000}
                {...form.register('basePrice', { valueAsNumber: true })}
              />
            </Field>
          </div>
          <Field label={t('catalogue.services.dialog.descriptionLabel')} error={fieldError(errors.description)}>
            <Textarea rows={4} maxLength={2000} {...form.register('description')} />
          </Field>
          <FormError message={formError} />
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <DialogClose asChild>
              <Button variant="secondary" disabled={save.isPending}>
                {tUi('cancel')}
              </Button>
            </DialogClose>
            <Button type="submit" loading={save.isPending}>
              {t('catalogue.services.dialog.save')}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  )
}
