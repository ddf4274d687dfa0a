import { zodResolver } from '@hookform/resolvers/zod'
import { type TSpecialty, ZCatalogueSpecialtyInput } from '@medbook/contracts'
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
  Input,
  readServerError,
  Textarea,
  TRANSLATED,
  toast,
  useFieldErrorText,
  useServerErrorText,
} from '@medbook/ui'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { useTRPC } from '../../lib/trpc'

type SpecialtyValues = z.input<typeof ZCatalogueSpecialtyInput>
const FIELDS = ['name', 'nameEn', 'description', 'icon'] as const

interface SpecialtyDialogProps {
  /** null: a new specialty */
  specialty: TSpecialty | null
  onClose: () => void
}

/** Adds a specialty to the catalogue or edits one, checked by the API's own schema. */
export function SpecialtyDialog({ specialty, onClose }: SpecialtyDialogProps) {
  const { t } = useTranslation()
  const { t: tUi } = useTranslation('ui')
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const fieldError = useFieldErrorText()
  const serverErrorText = useServerErrorText()
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<SpecialtyValues>({
    resolver: zodResolver(ZCatalogueSpecialtyInput, undefined, { raw: true }),
    defaultValues: {
      id: specialty?.id,
      name: specialty?.name ?? '',
      nameEn: specialty?.nameEn ?? '',
      description: specialty?.description ?? '',
      icon: specialty?.icon ?? '',
    },
  })
  const save = useMutation(
    trpc.catalogue.saveSpecialty.mutationOptions({
      onSuccess: async (saved) => {
        toast(t(specialty ? 'catalogue.specialties.dialog.saved' : 'catalogue.specialties.dialog.created', saved))
        await queryClient.invalidateQueries({ queryKey: trpc.specialties.list.queryKey() })
        onClose()
      },
      onError: (error) => {
        if (readServerError(error).code === 'CONFLICT') {
          const message = t('catalogue.specialties.dialog.nameTaken')
          return form.setError('name', { type: TRANSLATED, message }, { shouldFocus: true })
        }
        if (applyServerFieldErrors(error, form.setError, FIELDS) === 0) setFormError(serverErrorText(error))
      },
    }),
  )
  const { errors } = form.formState

  return (
    <Dialog open onOpenChange={(open) => (open || save.isPending ? undefined : onClose())}>
      <DialogContent className="max-w-xl">
        <DialogTitle>
          {specialty ? t('catalogue.specialties.dialog.editTitle') : t('catalogue.specialties.dialog.createTitle')}
        </DialogTitle>
        <DialogDescription>{t('catalogue.specialties.dialog.description')}</DialogDescription>
        <form
          noValidate
          className="mt-5 flex flex-col gap-4"
          onSubmit={form.handleSubmit((values) => {
            setFormError(null)
            save.mutate({
              ...values,
              description: values.description?.trim() || null,
              icon: values.icon?.trim() || null,
            })
          })}
        >
          <div className="grid gap-4 sm:grid-cols-2">
            <Field label={t('catalogue.specialties.dialog.name')} error={fieldError(errors.name)}>
              <Input maxLength={100} {...form.register('name')} />
            </Field>
            <Field label={t('catalogue.specialties.dialog.nameEn')} error={fieldError(errors.nameEn)}>
              <Input lang="en" maxLength={100} {...form.register('nameEn')} />
            </Field>
          </div>
          <Field label={t('catalogue.specialties.dialog.descriptionLabel')} error={fieldError(errors.description)}>
            <Textarea rows={4} maxLength={2000} {...form.register('description')} />
          </Field>
          <Field
            label={t('catalogue.specialties.dialog.icon')}
            hint={t('catalogue.specialties.dialog.iconHint')}
            error={fieldError(errors.icon)}
          >
            <Input maxLength={500} spellCheck={false} {...form.register('icon')} />
          </Field>
          <FormError message={formError} />
          <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <DialogClose asChild>
              <Button variant="secondary" disabled={save.isPending}>
                {tUi('cancel')}
              </Button>
            </DialogClose>
            <Button type="submit" loading={save.isPending}>
              {t('catalogue.specialties.dialog.save')}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  )
}
