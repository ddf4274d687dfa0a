import type { UseFormRegisterReturn } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { Field } from '../components/field'
import { PasswordInput } from '../components/password-input'
import { type FieldErrorLike, useFieldErrorText } from '../forms/use-error-text'

export interface NewPasswordFieldsProps {
  /** the form's registration of the new password and of its second copy */
  password: UseFormRegisterReturn
  confirmPassword: UseFormRegisterReturn
  errors: { password?: FieldErrorLike; confirmPassword?: FieldErrorLike }
}

/** A new password with its rules, and the same typed again (change, reset by link, reset by code). */
export function NewPasswordFields({ password, confirmPassword, errors }: NewPasswordFieldsProps) {
  const { t } = useTranslation('ui')
  const fieldError = useFieldErrorText()
  return (
    <>
      <Field
        label={t('account.fields.newPassword')}
        hint={t('account.fields.passwordHint')}
        error={fieldError(errors.password)}
      >
        <PasswordInput autoComplete="new-password" {...password} />
      </Field>
      <Field label={t('account.fields.confirmPassword')} error={fieldError(errors.confirmPassword)}>
        <PasswordInput autoComplete="new-password" {...confirmPassword} />
      </Field>
    </>
  )
}
