import { zodResolver } from '@hookform/resolvers/zod'
import { ZApiKeyScope, ZCreateApiKeyInput } from '@medbook/contracts'
import {
  applyServerFieldErrors,
  Button,
  DialogClose,
  Field,
  Input,
  Notice,
  Select,
  useFieldErrorText,
  useServerErrorText,
} from '@medbook/ui'
import { useId, useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { SCOPE_KEYS } from './scope-labels'

export type CreateApiKeyValues = z.input<typeof ZCreateApiKeyInput>
const NEVER = 'never'
const EXPIRY_DAYS = [30, 90, 365] as const

interface CreateApiKeyFormProps {
  pending: boolean
  onSubmit: (values: CreateApiKeyValues) => Promise<unknown>
}

export function CreateApiKeyForm({ pending, onSubmit }: CreateApiKeyFormProps) {
  const { t } = useTranslation()
  const fieldError = useFieldErrorText()
  const serverErrorText = useServerErrorText()
  const scopesId = useId()
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<CreateApiKeyValues>({
    resolver: zodResolver(ZCreateApiKeyInput, undefined, { raw: true }),
    defaultValues: { name: '', scopes: ['profile:read'], expiresInDays: 90 },
  })
  const { errors } = form.formState
  const scopesError = fieldError(errors.scopes)
  const expiryOptions = [
    ...EXPIRY_DAYS.map((days) => ({ value: String(days), label: t('apiKeys.form.expiresIn', { count: days }) })),
    { value: NEVER, label: t('apiKeys.form.neverExpires') },
  ]

  return (
    <form
      noValidate
      className="mt-6 flex flex-col gap-5"
      onSubmit={form.handleSubmit(async (values) => {
        setFormError(null)
        await onSubmit(values).catch((error: unknown) => {
          if (applyServerFieldErrors(error, form.setError, ['name', 'scopes', 'expiresInDays']) === 0) {
            setFormError(serverErrorText(error))
          }
        })
      })}
    >
      <Field label={t('apiKeys.form.name')} hint={t('apiKeys.form.nameHint')} error={fieldError(errors.name)}>
        <Input autoComplete="off" maxLength={80} {...form.register('name')} />
      </Field>
      <fieldset aria-describedby={scopesError ? `${scopesId}-error` : undefined}>
        <legend className="text-sm font-medium text-ink">{t('apiKeys.form.scopes')}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {ZApiKeyScope.options.map((scope) => (
            <label
              key={scope}
              className="flex cursor-pointer gap-3 rounded-xl border border-border p-3 has-[:checked]:border-primary-600 has-[:checked]:bg-primary-50"
            >
              <input
                type="checkbox"
                value={scope}
                className="mt-0.5 size-4 shrink-0 accent-primary-700"
                {...form.register('scopes')}
              />
              <span className="text-sm">
                <span className="block font-medium text-ink">{t(`apiKeys.scopes.${SCOPE_KEYS[scope]}.label`)}</span>
                <span className="block text-ink-muted">{t(`apiKeys.scopes.${SCOPE_KEYS[scope]}.description`)}</span>
              </span>
            </label>
          ))}
        </div>
        {scopesError ? (
          <p id={`${scopesId}-error`} className="mt-1.5 text-sm font-medium text-danger-700">
            {scopesError}
          </p>
        ) : null}
      </fieldset>
      <Controller
        control={form.control}
        name="expiresInDays"
        render={({ field }) => (
          <Field label={t('apiKeys.form.expiry')} error={fieldError(errors.expiresInDays)}>
            <Select
              options={expiryOptions}
              value={field.value === undefined ? NEVER : String(field.value)}
              onValueChange={(value) => field.onChange(value === NEVER ? undefined : Number(value))}
              onBlur={field.onBlur}
            />
          </Field>
        )}
      />
      {formError ? (
        <Notice tone="danger" role="alert">
          {formError}
        </Notice>
      ) : null}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <DialogClose asChild>
          <Button variant="secondary" disabled={pending}>
            {t('apiKeys.form.cancel')}
          </Button>
        </DialogClose>
        <Button type="submit" loading={pending}>
          {t('apiKeys.form.submit')}
        </Button>
      </div>
    </form>
  )
}
