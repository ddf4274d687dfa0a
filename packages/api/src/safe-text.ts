import { ZodError } from 'zod'

/** NUL (PostgreSQL text cannot hold it) and UTF-16 surrogates without their pair (not text at all). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding NUL is the point
const UNSAFE_TEXT = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Deeper than any contract goes; a deeper input is refused rather than walked. */
const MAX_DEPTH = 32

/**
 * Looks through a procedure's raw input, keys and values, for text no column can store, and
 * for nesting beyond any contract. Returns the refusal as a ZodError (so forms show it on the
 * field), or null. Iterative: a hostile input cannot exhaust the stack.
 */
export function findUnsafeInput(input: unknown): ZodError | null {
  const pending: Array<{ value: unknown; path: Array<string | number> }> = [{ value: input, path: [] }]
  while (pending.length > 0) {
    const { value, path } = pending.pop() as { value: unknown; path: Array<string | number> }
    if (typeof value === 'string') {
      if (UNSAFE_TEXT.test(value)) return refusal(path, 'Text may not contain NUL characters or broken Unicode')
      continue
    }
    if (value === null || typeof value !== 'object' || value instanceof Date) continue
    if (path.length >= MAX_DEPTH) return refusal(path, 'The input is nested too deeply')
    const entries = Array.isArray(value) ? value.entries() : Object.entries(value)
    for (const [key, child] of entries) {
      if (typeof key === 'string' && UNSAFE_TEXT.test(key)) {
        return refusal(path, 'Field names may not contain NUL characters or broken Unicode')
      }
      pending.push({ value: child, path: [...path, key] })
    }
  }
  return null
}

function refusal(path: Array<string | number>, message: string): ZodError {
  return new ZodError([{ code: 'custom', path, message, input: undefined }])
}

/** `text` as a LIKE / ILIKE pattern that matches itself only (PostgreSQL's escape character is the backslash). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`)
}
