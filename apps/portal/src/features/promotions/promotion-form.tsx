import { type TPromotion, ZDiscountType } from '@medbook/contracts'
import {
  applyServerFieldErrors,
  Button,
  DialogClose,
  Field,
  FormError,
  formatVnd,
  Input,
  readServerError,
  Select,
  Textarea,
  TRANSLATED,
  toast,
  useEnumLabel,
  useServerErrorText,
} from '@medbook/ui'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import {
  formDefaults,
  PROMOTION_FIELDS,
  type PromotionFormValues,
  promotionResolver,
  toPromotionInput,
} from './promotion-form-values'
import { TargetPicker } from './target-picker'
import { usePromotionErrorText } from './use-promotion-error-text'

/** Every field of a promotion, checked by the shared contract before anything is sent. */
export function PromotionForm({ promotion, onDone }: { promotion: TPromotion | null; onDone: () => void }) {
  const { t } = useTranslation()
  const { t: tUi } = useTranslation('ui')
  const enumLabel = useEnumLabel()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const errorText = usePromotionErrorText()
  const serverErrorText = useServerErrorText()
  const [formError, setFormError] = useState<string | null>(null)
  const [defaults] = useState(() => formDefaults(promotion, new Date()))
  const form = useForm<PromotionFormValues>({ resolver: promotionResolver, defaultValues: defaults })

  const catalogue = useQuery(trpc.catalogue.services.queryOptions())
  const hospitals = useQuery(trpc.hospitals.search.queryOptions({ limit: 100 }))
  const serviceOptions = useMemo(
    () =>
      (catalogue.data ?? []).map((service) => ({
        id: service.id,
        name: service.name,
        detail: enumLabel('ServiceCategory', service.category),
      })),
    [catalogue.data, enumLabel],
  )
  const hospitalOptions = useMemo(() => {
    const listed = (hospitals.data?.items ?? []).map((hospital) => ({
      id: hospital.id,
      name: hospital.name,
      detail: hospital.address.city,
    }))
    // a hospital already chosen stays on the list even when the search does not return it
    const missing = (promotion?.hospitals ?? []).filter((chosen) => !listed.some((entry) => entry.id === chosen.id))
    return [...listed, ...missing]
  }, [hospitals.data, promotion])

  const onSaved = async (saved: TPromotion) => {
    toast(t(promotion ? 'promotions.form.saved' : 'promotions.form.created', { code: saved.code }))
    await queryClient.invalidateQueries({ queryKey: trpc.promotions.pathKey() })
    onDone()
  }
  const onError = (error: unknown) => {
    const { code, details } = readServerError(error)
    if (code === 'CONFLICT' && details.field === 'code') {
      return form.setError('code', { type: TRANSLATED, message: t('promotions.form.codeTaken') }, { shouldFocus: true })
    }
    if (details.field === 'usageLimit' && typeof details.usageCount === 'number') {
      const message = t('promotions.errors.below_usage', { count: details.usageCount })
      return form.setError('usageLimit', { type: TRANSLATED, message }, { shouldFocus: true })
    }
    if (applyServerFieldErrors(error, form.setError, PROMOTION_FIELDS) === 0) setFormError(serverErrorText(error))
  }
  const create = useMutation(trpc.promotions.create.mutationOptions({ onSuccess: onSaved, onError }))
  const update = useMutation(trpc.promotions.update.mutationOptions({ onSuccess: onSaved, onError }))
  const pending = create.isPending || update.isPending

  const { errors } = form.formState
  const discountType = form.watch('discountType')
  const vndHint = (field: 'discountValue' | 'minimumPurchase' | 'maximumDiscount') => {
    const value = form.watch(field)
    return Number.isFinite(value) && value > 0
      ? t('promotions.form.amountHint', { amount: formatVnd(value) })
      : undefined
  }

  return (
    <form
      noValidate
      className="mt-5 flex flex-col gap-4"
      onSubmit={form.handleSubmit((values) => {
        setFormError(null)
        const input = toPromotionInput(values)
        if (promotion) update.mutate({ ...input, id: promotion.id })
        else create.mutate(input)
      })}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('promotions.form.code')} hint={t('promotions.form.codeHint')} error={errorText(errors.code)}>
          <Input className="font-mono uppercase" autoComplete="off" maxLength={32} {...form.register('code')} />
        </Field>
        <Controller
          control={form.control}
          name="discountType"
          render={({ field, fieldState }) => (
            <Field label={t('promotions.form.discountType')} error={errorText(fieldState.error)}>
              <Select
                value={field.value}
                onValueChange={field.onChange}
                options={ZDiscountType.options.map((type) => ({ value: type, label: enumLabel('DiscountType', type) }))}
              />
            </Field>
          )}
        />
      </div>
      <Field label={t('promotions.form.descriptionLabel')} error={errorText(errors.description)}>
        <Textarea rows={2} maxLength={500} {...form.register('description')} />
      </Field>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          label={
            discountType === 'percentage'
              ? t('promotions.form.discountValuePercent')
              : t('promotions.form.discountValueFixed')
          }
          hint={discountType === 'fixed' ? vndHint('discountValue') : undefined}
          error={errorText(errors.discountValue)}
        >
          <Input
            type="number"
            inputMode="numeric"
            min={1}
            max={discountType === 'percentage' ? 100 : undefined}
            step={discountType === 'percentage' ? 1 : 1000}
            {...form.register('discountValue', { valueAsNumber: true })}
          />
        </Field>
        <Field
          label={t('promotions.form.maximumDiscount')}
          hint={vndHint('maximumDiscount') ?? t('promotions.form.optionalHint')}
          error={errorText(errors.maximumDiscount)}
        >
          <Input
            type="number"
            inputMode="numeric"
            min={1}
            step={1000}
            {...form.register('maximumDiscount', { valueAsNumber: true })}
          />
        </Field>
        <Field
          label={t('promotions.form.minimumPurchase')}
          hint={vndHint('minimumPurchase') ?? t('promotions.form.optionalHint')}
          error={errorText(errors.minimumPurchase)}
        >
          <Input
            type="number"
            inputMode="numeric"
            min={0}
            step={1000}
            {...form.register('minimumPurchase', { valueAsNumber: true })}
          />
        </Field>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field label={t('promotions.form.startDate')} error={errorText(errors.startDate)}>
          <Input type="datetime-local" {...form.register('startDate')} />
        </Field>
        <Field label={t('promotions.form.endDate')} error={errorText(errors.endDate)}>
          <Input type="datetime-local" {...form.register('endDate')} />
        </Field>
        <Field
          label={t('promotions.form.usageLimit')}
          hint={t('promotions.form.optionalHint')}
          error={errorText(errors.usageLimit)}
        >
          <Input type="number" inputMode="numeric" min={1} {...form.register('usageLimit', { valueAsNumber: true })} />
        </Field>
        <Field
          label={t('promotions.form.perPatientLimit')}
          hint={t('promotions.form.optionalHint')}
          error={errorText(errors.perPatientLimit)}
        >
          <Input
            type="number"
            inputMode="numeric"
            min={1}
            {...form.register('perPatientLimit', { valueAsNumber: true })}
          />
        </Field>
      </div>
      <Controller
        control={form.control}
        name="serviceIds"
        render={({ field }) => (
          <TargetPicker
            legend={t('promotions.form.services')}
            allLabel={t('promotions.form.allServices')}
            hint={t('promotions.form.servicesHint')}
            all={form.watch('appliesToAllServices')}
            onAllChange={(all) => form.setValue('appliesToAllServices', all, { shouldDirty: true })}
            options={serviceOptions}
            selected={field.value}
            onSelectedChange={field.onChange}
            error={errorText(errors.serviceIds as { message?: string } | undefined)}
          />
        )}
      />
      <Controller
        control={form.control}
        name="hospitalIds"
        render={({ field }) => (
          <TargetPicker
            legend={t('promotions.form.hospitals')}
            allLabel={t('promotions.form.allHospitals')}
            all={form.watch('appliesToAllHospitals')}
            onAllChange={(all) => form.setValue('appliesToAllHospitals', all, { shouldDirty: true })}
            options={hospitalOptions}
            selected={field.value}
            onSelectedChange={field.onChange}
            error={errorText(errors.hospitalIds as { message?: string } | undefined)}
          />
        )}
      />
      <FormError message={formError} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <DialogClose asChild>
          <Button variant="secondary" disabled={pending}>
            {tUi('cancel')}
          </Button>
        </DialogClose>
        <Button type="submit" loading={pending}>
          {t('promotions.form.save')}
        </Button>
      </div>
    </form>
  )
}
