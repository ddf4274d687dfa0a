/** True when Prisma reports a unique violation on the named index or constraint (or on these fields). */
export function isUniqueViolation(error: unknown, nameOrField: string): boolean {
  const e = error as { code?: string; meta?: unknown; message?: string }
  if (e?.code !== 'P2002') return false
  return JSON.stringify(e.meta ?? {}).includes(nameOrField) || (e.message ?? '').includes(nameOrField)
}
