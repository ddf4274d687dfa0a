/**
 * The part of JSON Schema the generated forms draw: numbers and integers with bounds, booleans,
 * enums, strings (a date pattern becomes a date picker), arrays of any of these and nested
 * objects. Anything else is edited as JSON text.
 */
export type Scalar = string | number | boolean

interface NodeBase {
  title?: string
  description?: string
}

export type SchemaNode = NodeBase &
  (
    | { kind: 'number'; integer: boolean; minimum?: number; maximum?: number; step?: number }
    | { kind: 'boolean' }
    | { kind: 'enum'; options: Scalar[] }
    | { kind: 'string'; minLength?: number; maxLength?: number; date: boolean }
    | { kind: 'array'; items: SchemaNode; minItems?: number; maxItems?: number }
    | { kind: 'object'; properties: { name: string; node: SchemaNode; required: boolean }[] }
    | { kind: 'json' }
  )

/** A path into a value: object property names and array indexes. */
export type ValuePath = readonly (string | number)[]

type Raw = Record<string, unknown>

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

const num = (value: unknown) => (typeof value === 'number' ? value : undefined)
const DATE_PATTERNS = new Set(['^\\d{4}-\\d{2}-\\d{2}$', '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'])

function isScalar(value: unknown): value is Scalar {
  return typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean'
}

/** Reads one JSON Schema (as zod's toJSONSchema writes it) into the node the form draws. */
export function readSchema(raw: unknown): SchemaNode {
  if (!isRecord(raw)) return { kind: 'json' }
  const base: NodeBase = {
    title: typeof raw.title === 'string' ? raw.title : undefined,
    description: typeof raw.description === 'string' ? raw.description : undefined,
  }
  if (Array.isArray(raw.enum) && raw.enum.length > 0 && raw.enum.every(isScalar)) {
    return { ...base, kind: 'enum', options: raw.enum }
  }
  // z.union of literals: anyOf / oneOf of { const }
  const alternatives = raw.anyOf ?? raw.oneOf
  if (Array.isArray(alternatives) && alternatives.length > 0) {
    const constants = alternatives.map((entry) => (isRecord(entry) ? entry.const : undefined))
    if (constants.every(isScalar)) return { ...base, kind: 'enum', options: constants }
  }
  switch (raw.type) {
    case 'integer':
    case 'number': {
      const exclusiveMin = num(raw.exclusiveMinimum)
      const exclusiveMax = num(raw.exclusiveMaximum)
      const integer = raw.type === 'integer'
      const nudge = integer ? 1 : 0
      return {
        ...base,
        kind: 'number',
        integer,
        minimum: num(raw.minimum) ?? (exclusiveMin === undefined ? undefined : exclusiveMin + nudge),
        maximum: num(raw.maximum) ?? (exclusiveMax === undefined ? undefined : exclusiveMax - nudge),
        step: num(raw.multipleOf) ?? (integer ? 1 : undefined),
      }
    }
    case 'boolean':
      return { ...base, kind: 'boolean' }
    case 'string':
      return {
        ...base,
        kind: 'string',
        minLength: num(raw.minLength),
        maxLength: num(raw.maxLength),
        date: raw.format === 'date' || (typeof raw.pattern === 'string' && DATE_PATTERNS.has(raw.pattern)),
      }
    case 'array':
      return {
        ...base,
        kind: 'array',
        items: readSchema(raw.items),
        minItems: num(raw.minItems),
        maxItems: num(raw.maxItems),
      }
    case 'object': {
      if (!isRecord(raw.properties)) return { ...base, kind: 'json' }
      const required = new Set(Array.isArray(raw.required) ? raw.required : [])
      return {
        ...base,
        kind: 'object',
        properties: Object.entries(raw.properties).map(([name, node]) => ({
          name,
          node: readSchema(node),
          required: required.has(name),
        })),
      }
    }
    default:
      return { ...base, kind: 'json' }
  }
}

/** The value a new array item starts with. */
export function emptyValue(node: SchemaNode): unknown {
  switch (node.kind) {
    case 'number':
      return node.minimum ?? 0
    case 'boolean':
      return false
    case 'enum':
      return node.options[0]
    case 'string':
      return ''
    case 'array':
      return []
    case 'object':
      return Object.fromEntries(
        node.properties.filter((entry) => entry.required).map((entry) => [entry.name, emptyValue(entry.node)]),
      )
    case 'json':
      return null
  }
}

/** A DOM-safe id suffix for a path ("value-2-start"). */
export function pathId(path: ValuePath): string {
  return path.map((part) => String(part).replace(/[^a-zA-Z0-9_-]/g, '_')).join('-')
}
