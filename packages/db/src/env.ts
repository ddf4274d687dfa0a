import { z } from 'zod'

const ZDbEnv = z.object({
  /** A PostgreSQL server. Unset: an embedded PostgreSQL (PGlite) persisted in MEDBOOK_DATA_DIR. */
  DATABASE_URL: z.string().url().optional(),
  MEDBOOK_DATA_DIR: z.string().min(1).optional(),
  /** Embedded only: `durable` (default) syncs each commit to disk; `relaxed` is PGlite's fsync off. */
  MEDBOOK_EMBEDDED_DURABILITY: z.enum(['durable', 'relaxed']).default('durable'),
})

export type TDbEnv = z.infer<typeof ZDbEnv>

export function readDbEnv(source: NodeJS.ProcessEnv = process.env): TDbEnv {
  const parsed = ZDbEnv.safeParse({
    DATABASE_URL: source.DATABASE_URL || undefined,
    MEDBOOK_DATA_DIR: source.MEDBOOK_DATA_DIR || undefined,
    MEDBOOK_EMBEDDED_DURABILITY: source.MEDBOOK_EMBEDDED_DURABILITY || undefined,
  })
  if (!parsed.success) throw new Error(`Invalid database environment: ${z.prettifyError(parsed.error)}`)
  return parsed.data
}
