import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'
import type { SchemaNode } from './json-schema'

type NumberNode = Extract<SchemaNode, { kind: 'number' }>

/** "From 1 to 365 days": a number's bounds, in the reader's language and number format. */
export function useRangeText() {
  const { t, i18n } = useTranslation()
  return useCallback(
    (node: NumberNode, unit: string | undefined): string | undefined => {
      const format = (value: number) => new Intl.NumberFormat(i18n.language).format(value)
      const suffix = unit ? ` ${unit}` : ''
      if (node.minimum !== undefined && node.maximum !== undefined) {
        return t('schemaForm.rangeBoth', { min: format(node.minimum), max: format(node.maximum) }) + suffix
      }
      if (node.minimum !== undefined) return t('schemaForm.rangeMin', { min: format(node.minimum) }) + suffix
      if (node.maximum !== undefined) return t('schemaForm.rangeMax', { max: format(node.maximum) }) + suffix
      return unit
    },
    [t, i18n.language],
  )
}

/** Hint parts joined into one line. */
export function hintOf(...parts: (string | undefined)[]): string | undefined {
  return parts.filter(Boolean).join(' · ') || undefined
}
