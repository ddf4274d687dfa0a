import { z } from 'zod'

const ZServerEnv = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** set to "false" to start on an empty database */
  MEDBOOK_SEED: z.enum(['true', 'false']).default('true'),
})

export type TServerEnv = z.infer<typeof ZServerEnv>

export function readServerEnv(source: NodeJS.ProcessEnv = process.env): TServerEnv {
  const parsed = ZServerEnv.safeParse({
    PORT: source.PORT || undefined,
    HOST: source.HOST || undefined,
    MEDBOOK_SEED: source.MEDBOOK_SEED || undefined,
  })
  if (!parsed.success) throw new Error(`Invalid server environment: ${z.prettifyError(parsed.error)}`)
  return parsed.data
}
