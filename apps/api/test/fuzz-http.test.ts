import { appRouter } from '@medbook/api'
import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import fc from 'fast-check'
import superjson from 'superjson'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { buildWorld, type World } from '../../../packages/api/test/support/world.js'
import { type RunningServer, startServer } from '../src/server.js'
import { arbitraryFor, mutated } from './support/zod-arbitrary.js'

/**
 * Issue 13 item 25: every procedure of the router, fed inputs generated from its own zod
 * schema and then broken (wrong types, missing and extra fields, huge and empty strings, NUL
 * and lone surrogates, boundary numbers, impossible dates), over real HTTP, as anonymous and
 * as each role. Nothing may answer 5xx, an input refused as bad (400) may write nothing, and
 * the server stays up. Seeded and bounded: the same inputs every run (FUZZ_SEED changes them).
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261203)
const RUNS_PER_PROCEDURE = 16
const ROLES = ['anonymous', 'patient', 'doctor', 'staff', 'admin'] as const
type Role = (typeof ROLES)[number]

interface ProcedureDef {
  type: 'query' | 'mutation' | 'subscription'
  inputs: z.ZodType[]
}

const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: ProcedureDef }>)

describe('fuzzing every procedure over HTTP', () => {
  let db: Database
  let world: World
  let server: RunningServer
  let ids: string[]
  let tables: string[]

  /** A digest of every row the product keeps (sessions aside: reading with one slides its expiry). */
  const fingerprint = async () => {
    const parts = tables.map(
      (table) => `SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS h FROM "${table}" t`,
    )
    const [row] = await db.prisma.$queryRawUnsafe<Array<{ digest: string }>>(
      `SELECT md5(string_agg(h, ',')) AS digest FROM (${parts.join(' UNION ALL ')}) s`,
    )
    return row?.digest
  }

  /** one session per role, made again when a procedure (logout, password change, block) ended it */
  const sessions = new Map<Role, string>()
  const send = async (path: string, type: ProcedureDef['type'], role: Role, input: unknown) => {
    const headers: Record<string, string> = {}
    if (role !== 'anonymous') {
      let token = sessions.get(role)
      if (!token) {
        token = await world.sessionFor(world.users[role].id)
        sessions.set(role, token)
      }
      headers.authorization = `Bearer ${token}`
    }
    const body = JSON.stringify(superjson.serialize(input))
    const response =
      type === 'query'
        ? await fetch(`${server.url}/trpc/${path}?input=${encodeURIComponent(body)}`, { headers })
        : await fetch(`${server.url}/trpc/${path}`, {
            method: 'POST',
            headers: { ...headers, 'content-type': 'application/json' },
            body,
          })
    if (response.status === 401) sessions.delete(role)
    return { status: response.status, text: await response.text() }
  }

  beforeAll(async () => {
    db = await createTestDatabase()
    world = await buildWorld(db.prisma)
    const appointment = await world.appointmentOfPatient()
    const member = await world.familyMemberOfPatient()
    const entry = await world.waitlistEntryOfPatient()
    ids = [
      ...Object.values(world.users).map((user) => user.id),
      world.hospitalA.id,
      world.doctor.id,
      world.patient.id,
      world.specialty.id,
      appointment.id,
      member.id,
      entry.id,
    ]
    tables = (
      await db.prisma.$queryRaw<Array<{ table_name: string }>>`
        SELECT table_name FROM information_schema.tables
         WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
           AND table_name NOT IN ('sessions', '_prisma_migrations')
         ORDER BY table_name`
    ).map((row) => row.table_name)
    server = await startServer({ db: db.prisma })
  })
  afterAll(async () => {
    await server?.close()
    await db?.close()
  })

  it('covers every procedure of the router', () => {
    expect(procedures.length).toBeGreaterThan(80)
  })

  for (const [path, procedure] of procedures) {
    const { type, inputs } = procedure._def
    if (type === 'subscription') continue
    it(`${path}: no 5xx, and a refused input writes nothing`, async () => {
      const schema = inputs[0]
      const input = schema ? mutated(arbitraryFor(schema, ids)) : mutated(fc.constant(undefined))
      let known: string | undefined
      await fc.assert(
        fc.asyncProperty(fc.constantFrom(...ROLES), input, async (role, value) => {
          if (type === 'mutation') known ??= await fingerprint()
          const answer = await send(path, type, role, value)
          expect(answer.status, `${role}: ${answer.text.slice(0, 300)}`).toBeLessThan(500)
          if (type !== 'mutation') return
          if (answer.status === 400) expect(await fingerprint(), `${role}: a refused input wrote`).toBe(known)
          else known = undefined
        }),
        { seed: SEED, numRuns: RUNS_PER_PROCEDURE, endOnFailure: true },
      )
    })
  }

  it('is still up and answering afterwards', async () => {
    const health = await fetch(`${server.url}/health`)
    expect(health.status).toBe(200)
  })
})
