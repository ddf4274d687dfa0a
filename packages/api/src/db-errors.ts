/**
 * True when Prisma reports a unique violation, from a model query (P2002) or a raw one
 * (P2010 carrying SQLSTATE 23505); with `nameOrField`, only on that index or constraint (or
 * on a constraint over that field).
 */
export function isUniqueViolation(error: unknown, nameOrField?: string): boolean {
  const e = error as {
    code?: string
    meta?: { driverAdapterError?: { cause?: { originalCode?: string } } }
    message?: string
  }
  const unique =
    e?.code === 'P2002' || (e?.code === 'P2010' && e.meta?.driverAdapterError?.cause?.originalCode === '23505')
  if (!unique) return false
  if (!nameOrField) return true
  return JSON.stringify(e.meta ?? {}).includes(nameOrField) || (e.message ?? '').includes(nameOrField)
}
