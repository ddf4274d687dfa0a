import type { SchemaNode } from './schema-form/json-schema'

/** A value as one short line ("1.440, 120 phút"), for showing the default next to the form. */
export function formatSettingValue(
  node: SchemaNode,
  value: unknown,
  options: { language: string; unit?: string; yes: string; no: string; label?: (name: string) => string },
): string {
  const suffix = options.unit ? ` ${options.unit}` : ''
  const plain = (item: unknown, itemNode: SchemaNode): string => {
    if (typeof item === 'number') return new Intl.NumberFormat(options.language).format(item)
    if (typeof item === 'boolean') return item ? options.yes : options.no
    if (typeof item === 'string') {
      if (itemNode.kind === 'string' && itemNode.date && /^\d{4}-\d{2}-\d{2}$/.test(item)) {
        const [year = 0, month = 1, day = 1] = item.split('-').map(Number)
        return new Intl.DateTimeFormat(options.language, { dateStyle: 'medium' }).format(new Date(year, month - 1, day))
      }
      return item
    }
    // an object reads "name: value; name: value" and wraps on a phone, unlike its JSON
    if (itemNode.kind === 'object' && item && typeof item === 'object') {
      return itemNode.properties
        .filter((property) => property.name in item)
        .map(
          (property) =>
            `${options.label?.(property.name) ?? property.name}: ${describe((item as Record<string, unknown>)[property.name], property.node)}`,
        )
        .join('; ')
    }
    return JSON.stringify(item)
  }
  const describe = (item: unknown, itemNode: SchemaNode): string =>
    Array.isArray(item) && itemNode.kind === 'array'
      ? `[${item.map((entry) => plain(entry, itemNode.items)).join(' | ')}]`
      : plain(item, itemNode)
  if (Array.isArray(value) && node.kind === 'array') {
    if (value.length === 0) return '—'
    return value.map((item) => plain(item, node.items)).join(', ') + suffix
  }
  if (node.kind === 'number' && typeof value === 'number') return plain(value, node) + suffix
  return plain(value, node)
}
