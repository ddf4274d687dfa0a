import { type FormEvent, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../components/button'
import { DialogClose } from '../components/dialog'
import { Field } from '../components/field'
import { Input } from '../components/input'
import { Notice } from '../components/notice'
import { Select } from '../components/select'
import { readServerError } from '../forms/server-error'
import { useFieldErrorText, useServerErrorText } from '../forms/use-error-text'
import { API_KEY_SCOPE_MESSAGE_KEYS, type ApiKeyScope, type NewApiKey } from './api-key'

/** the API's limit on a key's name (ZCreateApiKeyInput) */
const NAME_MAX_LENGTH = 80
const NEVER = 'never'
const EXPIRY_DAYS = [30, 90, 365] as const

export interface CreateApiKeyFormProps {
  /** the scopes the signed-in account's role may put on a key, in the order to show them */
  scopes: readonly ApiKeyScope[]
  pending: boolean
  /** sends the new key; a rejection with the API's error is shown on the form */
  onSubmit: (values: NewApiKey) => Promise<unknown>
}

interface Problems {
  name?: string
  scopes?: string
  form?: string
}

/** Name, permissions (only those the role may grant) and lifetime of a new key. */
export function CreateApiKeyForm({ scopes, pending, onSubmit }: CreateApiKeyFormProps) {
  const { t } = useTranslation('ui')
  const fieldError = useFieldErrorText()
  const serverErrorText = useServerErrorText()
  const scopesId = useId()
  const nameInput = useRef<HTMLInputElement>(null)
  const firstScope = useRef<HTMLInputElement>(null)
  const [name, setName] = useState('')
  const [chosen, setChosen] = useState<ReadonlySet<ApiKeyScope>>(new Set())
  const [expiresInDays, setExpiresInDays] = useState<number | undefined>(90)
  const [problems, setProblems] = useState<Problems>({})
  const expiryOptions = [
    ...EXPIRY_DAYS.map((days) => ({ value: String(days), label: t('apiKeys.form.expiresIn', { count: days }) })),
    { value: NEVER, label: t('apiKeys.form.neverExpires') },
  ]

  const show = (found: Problems) => {
    setProblems(found)
    if (found.name) nameInput.current?.focus()
    else if (found.scopes) firstScope.current?.focus()
  }

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const values: NewApiKey = {
      name: name.trim(),
      // in the order shown, whatever order they were ticked in
      scopes: scopes.filter((scope) => chosen.has(scope)),
      ...(expiresInDays === undefined ? {} : { expiresInDays }),
    }
    const found: Problems = {
      name: values.name ? undefined : fieldError({ message: 'required' }),
      scopes: values.scopes.length > 0 ? undefined : fieldError({ message: 'choose_a_scope' }),
    }
    if (found.name || found.scopes) return show(found)
    setProblems({})
    await onSubmit(values).catch((error: unknown) => {
      const { fieldErrors, details } = readServerError(error)
      const fromServer: Problems = {
        name: fieldErrors.name?.[0] ? fieldError({ message: fieldErrors.name[0] }) : undefined,
        scopes:
          details.field === 'scopes'
            ? t('apiKeys.form.scopeNotAllowed')
            : fieldErrors.scopes?.[0]
              ? fieldError({ message: fieldErrors.scopes[0] })
              : undefined,
      }
      show(fromServer.name || fromServer.scopes ? fromServer : { form: serverErrorText(error) })
    })
  }

  return (
    <form noValidate className="mt-6 flex flex-col gap-5" onSubmit={(event) => void submit(event)}>
      <Field label={t('apiKeys.form.name')} hint={t('apiKeys.form.nameHint')} error={problems.name}>
        <Input
          ref={nameInput}
          autoComplete="off"
          maxLength={NAME_MAX_LENGTH}
          value={name}
          onChange={(event) => {
            setName(event.target.value)
            if (problems.name) setProblems((current) => ({ ...current, name: undefined }))
          }}
        />
      </Field>
      <fieldset aria-describedby={problems.scopes ? `${scopesId}-error` : undefined}>
        <legend className="text-sm font-medium text-ink">{t('apiKeys.form.scopes')}</legend>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          {scopes.map((scope, index) => {
            const key = API_KEY_SCOPE_MESSAGE_KEYS[scope]
            return (
              <label
                key={scope}
                className="flex cursor-pointer gap-3 rounded-xl border border-border p-3 has-[:checked]:border-primary-600 has-[:checked]:bg-primary-50 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-primary-600"
              >
                <input
                  ref={index === 0 ? firstScope : undefined}
                  type="checkbox"
                  name="scopes"
                  value={scope}
                  checked={chosen.has(scope)}
                  onChange={(event) => {
                    const next = new Set(chosen)
                    if (event.target.checked) next.add(scope)
                    else next.delete(scope)
                    setChosen(next)
                    if (problems.scopes) setProblems((current) => ({ ...current, scopes: undefined }))
                  }}
                  className="mt-0.5 size-4 shrink-0 accent-primary-700"
                />
                <span className="text-sm">
                  <span className="block font-medium text-ink">{t(`apiKeys.scopes.${key}.label`)}</span>
                  <span className="block text-ink-muted">{t(`apiKeys.scopes.${key}.description`)}</span>
                </span>
              </label>
            )
          })}
        </div>
        {problems.scopes ? (
          <p id={`${scopesId}-error`} className="mt-1.5 text-sm font-medium text-danger-700">
            {problems.scopes}
          </p>
        ) : null}
      </fieldset>
      <Field label={t('apiKeys.form.expiry')}>
        <Select
          options={expiryOptions}
          value={expiresInDays === undefined ? NEVER : String(expiresInDays)}
          onValueChange={(value) => setExpiresInDays(value === NEVER ? undefined : Number(value))}
        />
      </Field>
      {problems.form ? (
        <Notice tone="danger" role="alert">
          {problems.form}
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
