import { Button, cn } from '@medbook/ui'
import { Plus, Trash2 } from 'lucide-react'
import { useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { emptyValue, type SchemaNode } from './json-schema'
import { hintOf, useRangeText } from './range-text'
import { SchemaField, type SchemaFieldProps } from './schema-field'
import { useSchemaForm } from './schema-form-context'

/** Stable keys for list items whose values may repeat; rebuilt when the list is replaced from outside. */
function useItemKeys(length: number) {
  const next = useRef(0)
  const keys = useRef<number[]>([])
  if (keys.current.length !== length) {
    keys.current = Array.from({ length }, () => {
      next.current += 1
      return next.current
    })
  }
  return {
    keys: keys.current,
    add() {
      next.current += 1
      keys.current = [...keys.current, next.current]
    },
    remove(index: number) {
      keys.current = keys.current.filter((_, position) => position !== index)
    },
  }
}

/** A list: one input per item, a button to remove each, one to add, within the schema's item limits. */
export function ArrayField({
  node,
  path,
  value,
  onChange,
  text,
  hideLabel,
}: SchemaFieldProps & { node: Extract<SchemaNode, { kind: 'array' }> }) {
  const { t } = useTranslation()
  const { errorAt, disabled, text: words } = useSchemaForm()
  const rangeText = useRangeText()
  const hintId = useId()
  const items: unknown[] = Array.isArray(value) ? value : []
  const itemKeys = useItemKeys(items.length)
  const canAdd = node.maxItems === undefined || items.length < node.maxItems
  const canRemove = items.length > (node.minItems ?? 0)
  const simple = node.items.kind !== 'object' && node.items.kind !== 'array' && node.items.kind !== 'json'
  const itemUnit = node.items.kind === 'number' ? words.field([...path, 0], node.items).unit : undefined
  const hint = hintOf(
    text.description,
    node.items.kind === 'number' ? rangeText(node.items, itemUnit) : undefined,
    node.maxItems === undefined ? undefined : t('schemaForm.maxItems', { count: node.maxItems }),
  )
  const error = errorAt(path)

  return (
    <fieldset className="flex min-w-0 flex-col gap-3" aria-describedby={hint ? hintId : undefined}>
      <legend className={hideLabel ? 'sr-only' : 'mb-1 text-sm font-medium text-ink'}>{text.label}</legend>
      {hint ? (
        <p id={hintId} className="text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      {items.length === 0 ? (
        <p className="text-sm text-ink-muted italic">{t('schemaForm.noItems')}</p>
      ) : (
        <ul className={cn('grid gap-3', simple ? 'sm:grid-cols-2 xl:grid-cols-3' : null)}>
          {items.map((item, index) => {
            const itemPath = [...path, index]
            const itemText = words.field(itemPath, node.items)
            return (
              <li key={itemKeys.keys[index]} className="flex items-start gap-2">
                <div className="min-w-0 flex-1">
                  <SchemaField
                    node={node.items}
                    path={itemPath}
                    value={item}
                    text={itemText}
                    compact
                    onChange={(next) => onChange(items.map((entry, position) => (position === index ? next : entry)))}
                  />
                </div>
                <Button
                  variant="ghost"
                  size="icon"
                  className="mt-[1.625rem]"
                  aria-label={t('schemaForm.remove', { item: itemText.label })}
                  disabled={disabled || !canRemove}
                  onClick={() => {
                    itemKeys.remove(index)
                    onChange(items.filter((_, position) => position !== index))
                  }}
                >
                  <Trash2 aria-hidden="true" />
                </Button>
              </li>
            )
          })}
        </ul>
      )}
      {error ? <p className="text-sm font-medium text-danger-700">{error}</p> : null}
      <div>
        <Button
          variant="secondary"
          size="sm"
          disabled={disabled || !canAdd}
          onClick={() => {
            itemKeys.add()
            onChange([...items, emptyValue(node.items)])
          }}
        >
          <Plus aria-hidden="true" />
          {t('schemaForm.add')}
        </Button>
      </div>
    </fieldset>
  )
}
