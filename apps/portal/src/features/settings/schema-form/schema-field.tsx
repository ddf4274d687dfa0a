import { Field, Input, Select, Textarea } from '@medbook/ui'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { ArrayField } from './array-field'
import { pathId, type Scalar, type SchemaNode, type ValuePath } from './json-schema'
import { NumberInput } from './number-input'
import { ObjectField } from './object-field'
import { hintOf, useRangeText } from './range-text'
import { type FieldText, useSchemaForm } from './schema-form-context'

export interface SchemaFieldProps {
  node: SchemaNode
  path: ValuePath
  value: unknown
  onChange: (value: unknown) => void
  text: FieldText
  /** the surrounding card already names the value: keep the label for screen readers only */
  hideLabel?: boolean
  /** an item of a list: the list states the bounds once, so the item shows no hint */
  compact?: boolean
}

/** One value of a JSON Schema as the input that fits it; arrays and objects draw their parts with this too. */
export function SchemaField(props: SchemaFieldProps) {
  switch (props.node.kind) {
    case 'number':
      return <NumberField {...props} node={props.node} />
    case 'boolean':
      return <BooleanField {...props} />
    case 'enum':
      return <EnumField {...props} node={props.node} />
    case 'string':
      return <StringField {...props} node={props.node} />
    case 'array':
      return <ArrayField {...props} node={props.node} />
    case 'object':
      return <ObjectField {...props} node={props.node} />
    case 'json':
      return <JsonField {...props} />
  }
}

type NodeOf<K extends SchemaNode['kind']> = Extract<SchemaNode, { kind: K }>

function NumberField({
  node,
  path,
  value,
  onChange,
  text,
  hideLabel,
  compact,
}: SchemaFieldProps & { node: NodeOf<'number'> }) {
  const { idPrefix, errorAt, disabled } = useSchemaForm()
  const range = useRangeText()(node, text.unit)
  return (
    <Field
      id={`${idPrefix}-${pathId(path)}`}
      label={text.label}
      hideLabel={hideLabel}
      hint={compact ? undefined : hintOf(text.description, range)}
      error={errorAt(path)}
      className={compact ? undefined : 'sm:max-w-xs'}
    >
      <NumberInput
        value={value}
        onValueChange={onChange}
        min={node.minimum}
        max={node.maximum}
        step={node.step ?? 'any'}
        inputMode={node.integer ? 'numeric' : 'decimal'}
        disabled={disabled}
      />
    </Field>
  )
}

function BooleanField({ path, value, onChange, text }: SchemaFieldProps) {
  const { idPrefix, errorAt, disabled } = useSchemaForm()
  const id = `${idPrefix}-${pathId(path)}`
  const error = errorAt(path)
  return (
    <div className="flex flex-col gap-1.5">
      <div className="flex items-start gap-3">
        <input
          id={id}
          type="checkbox"
          checked={value === true}
          disabled={disabled}
          aria-describedby={text.description ? `${id}-hint` : undefined}
          aria-invalid={error ? true : undefined}
          onChange={(event) => onChange(event.target.checked)}
          className="mt-0.5 size-5 shrink-0 cursor-pointer rounded border-border-strong accent-primary-700"
        />
        <label htmlFor={id} className="cursor-pointer text-sm font-medium text-ink">
          {text.label}
        </label>
      </div>
      {text.description ? (
        <p id={`${id}-hint`} className="pl-8 text-sm text-ink-muted">
          {text.description}
        </p>
      ) : null}
      {error ? <p className="pl-8 text-sm font-medium text-danger-700">{error}</p> : null}
    </div>
  )
}

function EnumField({ node, path, value, onChange, text, hideLabel }: SchemaFieldProps & { node: NodeOf<'enum'> }) {
  const { idPrefix, errorAt, disabled, text: words } = useSchemaForm()
  // Radix Select works with strings: remember which option each string stands for
  const options = node.options.map((option, index) => ({ key: `option-${index}`, option }))
  const chosen = options.find((entry) => entry.option === value)
  return (
    <Field
      id={`${idPrefix}-${pathId(path)}`}
      label={text.label}
      hideLabel={hideLabel}
      hint={text.description}
      error={errorAt(path)}
      className="sm:max-w-sm"
    >
      <Select
        options={options.map((entry) => ({ value: entry.key, label: words.option(path, entry.option as Scalar) }))}
        value={chosen?.key}
        disabled={disabled}
        onValueChange={(key) => onChange(options.find((entry) => entry.key === key)?.option)}
      />
    </Field>
  )
}

function StringField({ node, path, value, onChange, text, hideLabel }: SchemaFieldProps & { node: NodeOf<'string'> }) {
  const { idPrefix, errorAt, disabled } = useSchemaForm()
  return (
    <Field
      id={`${idPrefix}-${pathId(path)}`}
      label={text.label}
      hideLabel={hideLabel}
      hint={text.description}
      error={errorAt(path)}
      className={node.date ? 'sm:max-w-xs' : undefined}
    >
      <Input
        type={node.date ? 'date' : 'text'}
        value={typeof value === 'string' ? value : ''}
        maxLength={node.maxLength}
        disabled={disabled}
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  )
}

/** Shapes the form does not draw: the value as JSON text, read back on every change. */
function JsonField({ path, value, onChange, text, hideLabel }: SchemaFieldProps) {
  const { idPrefix, errorAt, disabled } = useSchemaForm()
  const { t } = useTranslation()
  const [draft, setDraft] = useState(() => JSON.stringify(value, null, 2) ?? '')
  const [unreadable, setUnreadable] = useState(false)
  return (
    <Field
      id={`${idPrefix}-${pathId(path)}`}
      label={text.label}
      hideLabel={hideLabel}
      hint={hintOf(text.description, t('schemaForm.jsonHint'))}
      error={unreadable ? t('schemaForm.errors.json') : errorAt(path)}
    >
      <Textarea
        value={draft}
        rows={6}
        spellCheck={false}
        disabled={disabled}
        className="font-mono text-xs"
        onChange={(event) => {
          setDraft(event.target.value)
          try {
            onChange(JSON.parse(event.target.value))
            setUnreadable(false)
          } catch {
            // the raw text goes on, so the form cannot save the last value that did parse
            onChange(event.target.value)
            setUnreadable(true)
          }
        }}
      />
    </Field>
  )
}
