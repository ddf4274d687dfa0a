import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import { type UiMessages, uiMessagesVi } from '../i18n/ui-messages'
import { readServerError } from './server-error'

type FormErrorCode = keyof UiMessages['formErrors']
type ServerErrorCode = Exclude<keyof UiMessages['serverErrors'], `retryIn_${string}`>

const FORM_ERROR_CODES = new Set(Object.keys(uiMessagesVi.formErrors))
const SERVER_ERROR_CODES = new Set(Object.keys(uiMessagesVi.serverErrors))

/** zod's default message for ZIsoDate in the contracts */
const DATE_MESSAGE = 'Use YYYY-MM-DD'

/** Marks an error whose message is already translated text, not a code. */
export const TRANSLATED = 'translated'

export interface FieldErrorLike {
  type?: string | number
  message?: string
}

/**
 * Turns a form field's error into text in the reader's language. The shared zod schemas
 * carry codes ("password_too_short"); zod's own issues fall back on their kind.
 */
export function useFieldErrorText() {
  const { t } = useTranslation('ui')
  return useCallback(
    (error: FieldErrorLike | undefined): string | undefined => {
      if (!error) return undefined
      const { type, message } = error
      if (type === TRANSLATED && message) return message
      if (message && FORM_ERROR_CODES.has(message)) return t(`formErrors.${message as FormErrorCode}`)
      if (message === DATE_MESSAGE) return t('formErrors.invalid_date')
      if (type === 'too_small' || type === 'too_big' || type === 'invalid_format') return t(`formErrors.${type}`)
      return t('formErrors.invalid')
    },
    [t],
  )
}

/** A failed call as one translated sentence: the waiting time for rate limits, a generic line per code. */
export function useServerErrorText() {
  const { t } = useTranslation('ui')
  return useCallback(
    (error: unknown): string => {
      const { code, details } = readServerError(error)
      if (!code) return t('serverErrors.network')
      if (code === 'TOO_MANY_REQUESTS' && typeof details.retryAfterSeconds === 'number') {
        return t('serverErrors.retryIn', { count: Math.max(1, Math.ceil(details.retryAfterSeconds / 60)) })
      }
      if (SERVER_ERROR_CODES.has(code)) return t(`serverErrors.${code as ServerErrorCode}`)
      return t('serverErrors.unknown')
    },
    [t],
  )
}
