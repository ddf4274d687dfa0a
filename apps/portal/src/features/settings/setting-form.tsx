import {
  Button,
  Card,
  FormError,
  formatDateTime,
  PLATFORM_TIME_ZONE,
  readServerError,
  toast,
  useServerErrorText,
} from '@medbook/ui'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { RotateCcw, Save } from 'lucide-react'
import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { formatSettingValue } from './format-setting-value'
import { pathId, readSchema, type ValuePath } from './schema-form/json-schema'
import { SchemaField } from './schema-form/schema-field'
import { SchemaFormContext, type SchemaFormContextValue } from './schema-form/schema-form-context'
import { pathKey, type SchemaFormValues, schemaResolver, zodFromJsonSchema } from './schema-form/schema-validation'
import { useIssueText } from './schema-form/use-issue-text'
import { useSettingText } from './setting-text'
import type { SettingForAdmin } from './setting-types'

/** One setting: a form generated from its JSON Schema, checked by that schema before it is saved alone. */
export function SettingForm({ setting }: { setting: SettingForAdmin }) {
  const { t, i18n } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const serverErrorText = useServerErrorText()
  const issueText = useIssueText()
  const headingId = useId()
  const container = useRef<HTMLDivElement>(null)
  const [formError, setFormError] = useState<string | null>(null)
  const { root, form: words } = useSettingText(setting.key, setting.description)
  const node = useMemo(() => readSchema(setting.jsonSchema), [setting.jsonSchema])
  const schema = useMemo(() => zodFromJsonSchema(setting.jsonSchema), [setting.jsonSchema])
  const form = useForm<SchemaFormValues>({
    resolver: schemaResolver(schema, issueText),
    defaultValues: { value: setting.value },
  })

  // a saved value (or a change by another administrator) becomes the form's new starting point
  const stored = JSON.stringify(setting.value)
  useEffect(() => {
    form.reset({ value: JSON.parse(stored) as unknown })
  }, [stored, form])

  const update = useMutation(
    trpc.settings.update.mutationOptions({
      onSuccess: async () => {
        toast(t('settings.saved', { label: root.label }))
        await queryClient.invalidateQueries({ queryKey: trpc.settings.list.queryKey() })
      },
      onError: (error) => {
        const { code, details } = readServerError(error)
        if (code === 'BAD_REQUEST' && details.field === 'value') {
          const message = t('settings.serverRejected')
          form.setError('value', { type: 'server', message, types: { '': message } }, { shouldFocus: true })
          return
        }
        setFormError(serverErrorText(error))
      },
    }),
  )

  const errors = form.formState.errors.value
  const context: SchemaFormContextValue = {
    idPrefix: `setting-${pathId([setting.key])}`,
    errorAt: (path: ValuePath) => {
      const message = errors?.types?.[pathKey(path)]
      return typeof message === 'string' ? message : undefined
    },
    text: words,
    disabled: update.isPending,
  }
  const formatOptions = {
    language: i18n.language,
    unit: root.unit,
    yes: t('settings.yes'),
    no: t('settings.no'),
    label: (name: string) => t(`settings.fields.${name}`, { defaultValue: name }),
  }
  const isDefaultNow = JSON.stringify(form.watch('value')) === JSON.stringify(setting.defaultValue)

  return (
    <Card asChild className="p-5 sm:p-6">
      <section aria-labelledby={headingId}>
        <div className="flex flex-wrap items-start justify-between gap-x-4 gap-y-1">
          <h3 id={headingId} className="text-base font-semibold text-ink">
            {root.label}
          </h3>
          <code className="rounded bg-surface-muted px-1.5 py-0.5 text-xs text-ink-muted">{setting.key}</code>
        </div>
        {root.description ? <p className="mt-1 text-sm text-ink-muted">{root.description}</p> : null}
        <form
          noValidate
          className="mt-4 flex flex-col gap-4"
          onSubmit={form.handleSubmit((values) => {
            setFormError(null)
            update.mutate({ key: setting.key, value: values.value })
          })}
        >
          <div ref={container}>
            <SchemaFormContext.Provider value={context}>
              <Controller
                control={form.control}
                name="value"
                render={({ field }) => {
                  // react-hook-form focuses the first invalid field through this ref
                  field.ref({
                    focus: () =>
                      requestAnimationFrame(() =>
                        container.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus(),
                      ),
                  })
                  return (
                    <SchemaField
                      node={node}
                      path={[]}
                      value={field.value}
                      onChange={field.onChange}
                      text={{ ...root, description: undefined }}
                      hideLabel={node.kind !== 'boolean'}
                    />
                  )
                }}
              />
            </SchemaFormContext.Provider>
          </div>
          <FormError message={formError} />
          <div className="flex flex-col gap-3 border-t border-border pt-4 md:flex-row md:items-center md:justify-between">
            <div className="text-sm text-ink-muted">
              <p>
                {setting.isDefault || !setting.updatedAt
                  ? t('settings.usingDefault')
                  : setting.updatedBy
                    ? t('settings.updated', {
                        name: setting.updatedBy,
                        time: formatDateTime(setting.updatedAt, i18n.language, PLATFORM_TIME_ZONE),
                      })
                    : t('settings.updatedNoName', {
                        time: formatDateTime(setting.updatedAt, i18n.language, PLATFORM_TIME_ZONE),
                      })}
              </p>
              <p>
                {t('settings.defaultValue', { value: formatSettingValue(node, setting.defaultValue, formatOptions) })}
              </p>
            </div>
            <div className="flex flex-wrap gap-2">
              {!isDefaultNow ? (
                <Button
                  variant="ghost"
                  size="sm"
                  disabled={update.isPending}
                  onClick={() => form.setValue('value', setting.defaultValue, { shouldDirty: true })}
                >
                  {t('settings.useDefault')}
                </Button>
              ) : null}
              {form.formState.isDirty ? (
                <Button
                  variant="secondary"
                  size="sm"
                  disabled={update.isPending}
                  onClick={() => {
                    setFormError(null)
                    form.reset({ value: setting.value })
                  }}
                >
                  <RotateCcw aria-hidden="true" />
                  {t('settings.undo')}
                </Button>
              ) : null}
              <Button type="submit" size="sm" loading={update.isPending} disabled={!form.formState.isDirty}>
                {update.isPending ? null : <Save aria-hidden="true" />}
                {t('settings.save')}
              </Button>
            </div>
          </div>
        </form>
      </section>
    </Card>
  )
}
