import { z } from 'zod'

const ZServerEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** set to "false" to start on an empty database */
  MEDBOOK_SEED: z.enum(['true', 'false']).default('true'),
  /** server processes sharing the port on a PostgreSQL server (default: one per CPU); always 1 on the embedded database */
  MEDBOOK_WORKERS: z.coerce.number().int().min(1).max(256).optional(),
  /** set by main.ts in the cluster's first process */
  MEDBOOK_PRINT_BANNER: z.enum(['true', 'false']).default('false'),
})

export type TServerEnv = z.infer<typeof ZServerEnv>

export function readServerEnv(source: NodeJS.ProcessEnv = process.env): TServerEnv {
  const parsed = ZServerEnv.safeParse({
    PORT: source.PORT || undefined,
    HOST: source.HOST || undefined,
    MEDBOOK_SEED: source.MEDBOOK_SEED || undefined,
    MEDBOOK_WORKERS: source.MEDBOOK_WORKERS || source.WEB_CONCURRENCY || undefined,
    MEDBOOK_PRINT_BANNER: source.MEDBOOK_PRINT_BANNER || undefined,
  })
  if (!parsed.success) throw new Error(`Invalid server environment: ${z.prettifyError(parsed.error)}`)
  return parsed.data
}
