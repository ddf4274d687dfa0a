// PostgreSQL COPY text format: one line per row, fields split by tabs, \N for NULL, and
// backslash escapes for the characters that would break a line or a field.

const NEEDS_ESCAPE = /[\\\t\n\r]/
const ESCAPES: Record<string, string> = { '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r' }

function escapeText(text: string): string {
  return NEEDS_ESCAPE.test(text) ? text.replace(/[\\\t\n\r]/g, (char) => ESCAPES[char] ?? char) : text
}

/** An array literal for a text[] column: every element quoted, so commas and braces are safe. */
function arrayLiteral(items: readonly unknown[]): string {
  return `{${items.map((item) => `"${String(item).replace(/["\\]/g, '\\$&')}"`).join(',')}}`
}

export function copyField(value: unknown, isJson: boolean): string {
  if (value === null || value === undefined) return '\\N'
  if (isJson) return escapeText(JSON.stringify(value))
  if (typeof value === 'string') return escapeText(value)
  if (typeof value === 'number') return String(value)
  if (typeof value === 'boolean') return value ? 't' : 'f'
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return escapeText(arrayLiteral(value))
  return escapeText(JSON.stringify(value))
}

export function copyLine(row: Record<string, unknown>, columns: readonly string[], json: ReadonlySet<string>): string {
  let line = ''
  for (let i = 0; i < columns.length; i++) {
    const column = columns[i] ?? ''
    line += (i === 0 ? '' : '\t') + copyField(row[column], json.has(column))
  }
  return `${line}\n`
}

export function quoteIdentifier(name: string): string {
  return `"${name.replace(/"/g, '""')}"`
}
