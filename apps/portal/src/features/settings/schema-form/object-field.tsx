import { useId } from 'react'
import type { SchemaNode } from './json-schema'
import { SchemaField, type SchemaFieldProps } from './schema-field'
import { useSchemaForm } from './schema-form-context'

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** An object: its properties side by side, each with the input its schema asks for. */
export function ObjectField({
  node,
  path,
  value,
  onChange,
  text,
  hideLabel,
}: SchemaFieldProps & { node: Extract<SchemaNode, { kind: 'object' }> }) {
  const { errorAt, text: words } = useSchemaForm()
  const hintId = useId()
  const record = isRecord(value) ? value : {}
  const error = errorAt(path)
  return (
    <fieldset className="flex min-w-0 flex-col gap-3" aria-describedby={text.description ? hintId : undefined}>
      <legend className={hideLabel ? 'sr-only' : 'mb-1 text-sm font-medium text-ink'}>{text.label}</legend>
      {text.description ? (
        <p id={hintId} className="text-sm text-ink-muted">
          {text.description}
        </p>
      ) : null}
      <div className="grid gap-4 sm:grid-cols-2">
        {node.properties.map((property) => {
          const propertyPath = [...path, property.name]
          return (
            <SchemaField
              key={property.name}
              node={property.node}
              path={propertyPath}
              value={record[property.name]}
              text={words.field(propertyPath, property.node)}
              onChange={(next) => {
                const { [property.name]: _previous, ...rest } = record
                onChange(next === undefined && !property.required ? rest : { ...rest, [property.name]: next })
              }}
            />
          )
        })}
      </div>
      {error ? <p className="text-sm font-medium text-danger-700">{error}</p> : null}
    </fieldset>
  )
}
