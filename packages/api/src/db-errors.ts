/**
 * True when Prisma reports a unique violation; with `nameOrField`, only on that index or
 * constraint (or on a constraint over that field).
 */
export function isUniqueViolation(error: unknown, nameOrField?: string): boolean {
  const e = error as { code?: string; meta?: unknown; message?: string }
  if (e?.code !== 'P2002') return false
  if (!nameOrField) return true
  return JSON.stringify(e.meta ?? {}).includes(nameOrField) || (e.message ?? '').includes(nameOrField)
}
