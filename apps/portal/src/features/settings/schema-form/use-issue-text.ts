import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { SchemaIssue } from './schema-validation'

/** A schema issue as a sentence in the reader's language, with the bound it broke. */
export function useIssueText() {
  const { t, i18n } = useTranslation()
  return useCallback(
    (issue: SchemaIssue): string => {
      const number = (value: unknown) =>
        typeof value === 'number' || typeof value === 'bigint' ? new Intl.NumberFormat(i18n.language).format(value) : ''
      switch (issue.code) {
        case 'invalid_type':
          if (issue.input === undefined || issue.input === null || issue.input === '') {
            return t('schemaForm.errors.required')
          }
          if (issue.expected === 'int') return t('schemaForm.errors.integer')
          if (issue.expected === 'number') return t('schemaForm.errors.number')
          return t('schemaForm.errors.invalid')
        case 'too_small':
          if (issue.origin === 'array') return t('schemaForm.errors.tooFewItems', { count: Number(issue.minimum) })
          if (issue.origin === 'string') return t('schemaForm.errors.tooShort', { count: Number(issue.minimum) })
          return t('schemaForm.errors.min', { min: number(issue.minimum) })
        case 'too_big':
          if (issue.origin === 'array') return t('schemaForm.errors.tooManyItems', { count: Number(issue.maximum) })
          if (issue.origin === 'string') return t('schemaForm.errors.tooLong', { count: Number(issue.maximum) })
          return t('schemaForm.errors.max', { max: number(issue.maximum) })
        case 'not_multiple_of':
          return t('schemaForm.errors.step', { step: number(issue.divisor) })
        case 'invalid_format':
          return t('schemaForm.errors.format')
        case 'invalid_value':
          return t('schemaForm.errors.option')
        default:
          return t('schemaForm.errors.invalid')
      }
    },
    [t, i18n.language],
  )
}
