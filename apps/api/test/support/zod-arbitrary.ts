import fc from 'fast-check'
import type { z } from 'zod'

interface Def {
  type: string
  shape?: Record<string, z.ZodType>
  innerType?: z.ZodType
  element?: z.ZodType
  options?: z.ZodType[]
  entries?: Record<string, string>
  values?: unknown[]
  in?: z.ZodType
  valueType?: z.ZodType
  format?: string
  checks?: Array<{ _zod: { def: { check: string; value?: number; format?: string } } }>
}

const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def

function bound(def: Def, check: string): number | undefined {
  return def.checks?.map((c) => c._zod.def).find((c) => c.check === check)?.value
}

function formatOf(def: Def): string | undefined {
  return def.format ?? def.checks?.map((c) => c._zod.def).find((c) => c.check === 'string_format')?.format
}

/**
 * Values shaped like a zod schema's input: the right types, lengths and bounds where the
 * schema states them (regexes and refinements are left to chance). `ids` are real ids of the
 * world under test, used for uuid fields half the time so inputs reach past "not found".
 */
export function arbitraryFor(schema: z.ZodType, ids: string[]): fc.Arbitrary<unknown> {
  const def = defOf(schema)
  switch (def.type) {
    case 'object':
      return fc.record(
        Object.fromEntries(Object.entries(def.shape ?? {}).map(([key, child]) => [key, arbitraryFor(child, ids)])),
        { requiredKeys: [] },
      )
    case 'optional':
    case 'default':
    case 'prefault':
      return fc.option(arbitraryFor(def.innerType as z.ZodType, ids), { nil: undefined })
    case 'nullable':
      return fc.option(arbitraryFor(def.innerType as z.ZodType, ids), { nil: null })
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return arbitraryFor(def.innerType as z.ZodType, ids)
    case 'pipe':
      return arbitraryFor(def.in as z.ZodType, ids)
    case 'array':
      return fc.array(arbitraryFor(def.element as z.ZodType, ids), { maxLength: 3 })
    case 'union':
      return fc.oneof(...(def.options ?? []).map((option) => arbitraryFor(option, ids)))
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? { x: 'x' }))
    case 'literal':
      return fc.constantFrom(...(def.values ?? [null]))
    case 'record':
      return fc.dictionary(fc.string({ maxLength: 8 }), arbitraryFor(def.valueType as z.ZodType, ids), { maxKeys: 3 })
    case 'boolean':
      return fc.boolean()
    case 'date':
      return fc.date({
        min: new Date('2020-01-01T00:00:00Z'),
        max: new Date('2031-01-01T00:00:00Z'),
        noInvalidDate: true,
      })
    case 'number': {
      const min = bound(def, 'greater_than') ?? -1_000_000
      const max = bound(def, 'less_than') ?? 1_000_000
      return fc.oneof(fc.integer({ min: Math.ceil(min), max: Math.floor(max) }), fc.double({ min, max, noNaN: true }))
    }
    case 'string': {
      const format = formatOf(def)
      if (format === 'uuid' || format === 'guid')
        return ids.length > 0 ? fc.oneof(fc.constantFrom(...ids), fc.uuid()) : fc.uuid()
      if (format === 'email') return fc.emailAddress()
      if (format === 'url') return fc.webUrl()
      const maxLength = Math.min(bound(def, 'max_length') ?? 40, 40)
      const minLength = Math.min(bound(def, 'min_length') ?? 0, maxLength)
      return fc.string({ minLength, maxLength, unit: 'grapheme' })
    }
    default:
      return fc.jsonValue({ maxDepth: 2 })
  }
}

const deeplyNested = (depth: number): unknown => (depth === 0 ? 'x' : { a: deeplyNested(depth - 1) })

/** What hostile clients send in place of any value. */
export const hostileValue: fc.Arbitrary<unknown> = fc.constantFrom<unknown>(
  '',
  ' ',
  'x'.repeat(100_000),
  '\u0000',
  'a\u0000b',
  '\uD800',
  'x\uDFFF',
  '%\\_',
  "'; DROP TABLE users; --",
  '2026-02-30',
  '0000-00-00',
  '9999-12-31',
  '2026-13-01T25:61:00Z',
  '00000000-0000-0000-0000-000000000000',
  new Date(8.64e15),
  new Date(-8.64e15),
  2 ** 31,
  -(2 ** 31) - 1,
  2 ** 53 + 2,
  1e308,
  -1,
  0,
  0.5,
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  true,
  null,
  [],
  {},
  Array.from({ length: 1000 }, () => 'x'),
  deeplyNested(40),
  { __proto__: { polluted: true } },
)

function withAt(value: unknown, path: Array<string | number>, replacement: unknown | typeof REMOVE): unknown {
  if (path.length === 0) return replacement === REMOVE ? undefined : replacement
  const [head, ...rest] = path as [string | number, ...Array<string | number>]
  if (Array.isArray(value)) {
    const copy = [...value]
    copy[head as number] = withAt(copy[head as number], rest, replacement)
    return copy
  }
  const copy = { ...(value as Record<string, unknown>) }
  if (rest.length === 0 && replacement === REMOVE) delete copy[head]
  else copy[head] = withAt(copy[head], rest, replacement)
  return copy
}

const REMOVE = Symbol('remove')

function pathsOf(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (value === null || typeof value !== 'object' || value instanceof Date) return [prefix]
  const children = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value)
  return [prefix, ...children.flatMap(([key, child]) => pathsOf(child, [...prefix, key]))]
}

/** A value from `base`, then (mostly) broken in one place: a field replaced by a hostile value, dropped, or added. */
export function mutated(base: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(base, fc.nat(), hostileValue, fc.constantFrom('replace', 'replace', 'remove', 'add', 'keep'))
    .map(([value, pick, hostile, how]) => {
      const paths = pathsOf(value)
      const path = paths[pick % paths.length] ?? []
      if (how === 'keep') return value
      if (how === 'remove') return path.length === 0 ? undefined : withAt(value, path, REMOVE)
      if (how === 'add') {
        return value && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Date)
          ? { ...(value as object), unexpectedField: hostile }
          : hostile
      }
      return withAt(value, path, hostile)
    })
}
