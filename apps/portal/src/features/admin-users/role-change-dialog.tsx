import { zodResolver } from '@hookform/resolvers/zod'
import { type TChangeRoleInput, ZChangeRoleInput, ZUserRole } from '@medbook/contracts'
import {
  ConfirmDialog,
  Field,
  FormError,
  fullName,
  Input,
  Notice,
  readServerError,
  Select,
  Textarea,
  toast,
  useFieldErrorText,
  useServerErrorText,
} from '@medbook/ui'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { Search } from 'lucide-react'
import { useDeferredValue, useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import type { UserSummary } from './users-table'

/** The hospital an account will run, when the new role is "hospital": found by name. */
function HospitalPicker({
  value,
  onChange,
  error,
}: {
  value: string | undefined
  onChange: (hospitalId: string | undefined) => void
  error: string | undefined
}) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const [text, setText] = useState('')
  const query = useDeferredValue(text.trim())
  const hospitals = useQuery(trpc.hospitals.search.queryOptions({ query: query || undefined, limit: 20 }))
  const options = (hospitals.data?.items ?? []).map((hospital) => ({
    value: hospital.id,
    label: `${hospital.name} · ${hospital.address.city}`,
  }))
  return (
    <div className="grid gap-3 sm:grid-cols-2">
      <Field label={t('users.roleChange.hospitalSearch')}>
        <Input
          type="search"
          leadingIcon={Search}
          value={text}
          maxLength={100}
          placeholder={t('users.roleChange.hospitalSearchPlaceholder')}
          onChange={(event) => setText(event.target.value)}
        />
      </Field>
      <Field
        label={t('users.roleChange.hospital')}
        hint={
          hospitals.isSuccess && options.length === 0
            ? t('users.roleChange.noHospitals')
            : t('users.roleChange.hospitalHint')
        }
        error={error}
      >
        <Select
          options={options}
          value={value}
          placeholder={t('users.roleChange.chooseHospital')}
          disabled={options.length === 0}
          onValueChange={(next) => onChange(next || undefined)}
        />
      </Field>
    </div>
  )
}

interface RoleChangeDialogProps {
  user: UserSummary
  onClose: () => void
}

/** The only way a role changes: explicit, with a reason that is logged and emailed; the account's sessions end. */
export function RoleChangeDialog({ user, onClose }: RoleChangeDialogProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const fieldError = useFieldErrorText()
  const serverErrorText = useServerErrorText()
  const [formError, setFormError] = useState<string | null>(null)
  const name = fullName(user)
  const form = useForm<TChangeRoleInput>({
    resolver: zodResolver(ZChangeRoleInput),
    defaultValues: { userId: user.id, role: undefined, hospitalId: undefined, reason: '' },
  })
  const change = useMutation(
    trpc.admin.changeRole.mutationOptions({
      onSuccess: async (changed) => {
        toast(t('users.roleChange.done', { name, role: t(`roles.${changed.role}`) }))
        await queryClient.invalidateQueries({ queryKey: trpc.admin.users.queryKey() })
        onClose()
      },
      onError: (error) => {
        const { code } = readServerError(error)
        setFormError(code === 'PRECONDITION_FAILED' ? t('users.roleChange.precondition') : serverErrorText(error))
      },
    }),
  )
  const submit = form.handleSubmit((values) => {
    setFormError(null)
    change.mutate(values)
  })
  const role = form.watch('role')
  const { errors } = form.formState
  const reasonError =
    errors.reason?.message === 'too_short' ? t('users.roleChange.reasonTooShort') : fieldError(errors.reason)

  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => (open ? undefined : onClose())}
      tone="danger"
      title={t('users.roleChange.title', { name })}
      description={t('users.roleChange.description', { role: t(`roles.${user.role}`) })}
      confirmLabel={t('users.roleChange.confirm')}
      pending={change.isPending}
      onConfirm={() => void submit()}
    >
      <form
        noValidate
        className="flex flex-col gap-4"
        onSubmit={(event) => {
          event.preventDefault()
          void submit()
        }}
      >
        <Controller
          control={form.control}
          name="role"
          render={({ field, fieldState }) => (
            <Field
              label={t('users.roleChange.newRole')}
              error={
                fieldState.error
                  ? field.value
                    ? fieldError(fieldState.error)
                    : t('users.roleChange.chooseRole')
                  : undefined
              }
            >
              <Select
                value={field.value}
                placeholder={t('users.roleChange.chooseRole')}
                onValueChange={(next) => {
                  field.onChange(next)
                  if (next !== 'hospital') form.setValue('hospitalId', undefined)
                }}
                options={ZUserRole.options
                  .filter((option) => option !== user.role)
                  .map((option) => ({ value: option, label: t(`roles.${option}`) }))}
              />
            </Field>
          )}
        />
        {role === 'hospital' ? (
          <Controller
            control={form.control}
            name="hospitalId"
            render={({ field, fieldState }) => (
              <HospitalPicker value={field.value} onChange={field.onChange} error={fieldError(fieldState.error)} />
            )}
          />
        ) : null}
        <Field label={t('users.roleChange.reason')} hint={t('users.roleChange.reasonHint')} error={reasonError}>
          <Textarea maxLength={500} required {...form.register('reason')} />
        </Field>
        <Notice tone="warning">{t('users.roleChange.sessionsWarning')}</Notice>
        <FormError message={formError} />
      </form>
    </ConfirmDialog>
  )
}
