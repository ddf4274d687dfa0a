import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createSession, hashPassword } from '@medbook/api'
import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import superjson from 'superjson'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startChild, stopChild } from './support/child-server.js'

/**
 * Two API processes on one PostgreSQL server, each caching the sessions it validated: a logout,
 * a block or a password change answered by one is refused by the other on the very next request.
 * The embedded database caches nothing (one process), so this runs in the server pass.
 */
describe.skipIf(!process.env.DATABASE_URL)('session cache across two API processes', () => {
  let db: Database
  let tmp: string
  const children: ChildProcess[] = []
  let a: string
  let b: string
  const password = 'Cache-pass-2026'

  beforeAll(async () => {
    db = await createTestDatabase()
    tmp = mkdtempSync(path.join(tmpdir(), 'medbook-sessions-'))
    const env = { DATABASE_URL: db.url, MAIL_OUTBOX_DIR: path.join(tmp, 'outbox'), UPLOADS_DIR: path.join(tmp, 'up') }
    const started = await Promise.all([startChild(env), startChild(env)])
    children.push(...started.map((s) => s.child))
    ;[a, b] = started.map((s) => s.url) as [string, string]
  })
  afterAll(async () => {
    await Promise.all(children.map(stopChild))
    await db?.close()
    if (tmp) rmSync(tmp, { recursive: true, force: true })
  })

  let people = 0
  async function person(role: 'patient' | 'admin' = 'patient') {
    const user = await db.prisma.user.create({
      data: {
        role,
        email: `person${++people}@sessions.test`,
        password: await hashPassword(password),
        firstName: 'Lan',
        lastName: 'Trần',
        verificationStatus: true,
        ...(role === 'patient' ? { patient: { create: {} } } : {}),
      },
    })
    const session = async () => (await createSession(db.prisma, user.id, { ipAddress: null, userAgent: null })).token
    return { id: user.id, session }
  }

  /** auth.me with a bearer token: the user's id, or the HTTP status when refused */
  async function me(url: string, token: string): Promise<string | number> {
    const response = await fetch(`${url}/trpc/auth.me`, { headers: { authorization: `Bearer ${token}` } })
    if (response.status !== 200) return response.status
    const body = (await response.json()) as { result: { data: unknown } }
    return (superjson.deserialize(body.result.data as never) as { id: string }).id
  }

  async function mutate(url: string, token: string, procedure: string, input?: unknown) {
    const response = await fetch(`${url}/trpc/${procedure}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(superjson.serialize(input)),
    })
    expect(response.status, await response.text()).toBe(200)
  }

  it('serves a validated session from the cache (the invalidation comes from the triggers)', async () => {
    const patient = await person()
    const token = await patient.session()
    expect(await me(b, token)).toBe(patient.id)
    // deleted behind the triggers' back: only a cache can still answer for it
    await db.pool.query(
      `BEGIN; SET LOCAL session_replication_role = replica; DELETE FROM sessions WHERE "userId" = '${patient.id}'; COMMIT`,
    )
    expect(await me(b, token)).toBe(patient.id)
    expect(await me(a, token)).toBe(401)
  })

  it('a logout on one process is refused by the other at once', async () => {
    const patient = await person()
    const token = await patient.session()
    for (const url of [a, b]) expect(await me(url, token)).toBe(patient.id)
    await mutate(a, token, 'auth.logout')
    expect(await me(b, token)).toBe(401)
    expect(await me(a, token)).toBe(401)
  })

  it('a user blocked by an admin on one process is refused by the other at once', async () => {
    const admin = await person('admin')
    const patient = await person()
    const [adminToken, token] = [await admin.session(), await patient.session()]
    for (const url of [a, b]) expect(await me(url, token)).toBe(patient.id)
    await mutate(a, adminToken, 'admin.setUserStatus', { userId: patient.id, status: 'blocked' })
    expect(await me(b, token)).toBe(401)
  })

  it("a password change on one process ends the user's other sessions on the other at once", async () => {
    const patient = await person()
    const [current, other] = [await patient.session(), await patient.session()]
    for (const url of [a, b]) for (const token of [current, other]) expect(await me(url, token)).toBe(patient.id)
    await mutate(a, current, 'auth.changePassword', { currentPassword: password, newPassword: 'Changed-pass-2026' })
    expect(await me(b, other)).toBe(401)
    expect(await me(b, current)).toBe(patient.id)
  })

  it('a new name reaches the cached session on the other process', async () => {
    const patient = await person()
    const token = await patient.session()
    expect(await me(b, token)).toBe(patient.id)
    await mutate(a, token, 'profile.update', { firstName: 'Mai' })
    const deadline = Date.now() + 2_000
    let name = ''
    while (name !== 'Mai' && Date.now() < deadline) {
      const response = await fetch(`${b}/trpc/auth.me`, { headers: { authorization: `Bearer ${token}` } })
      const body = (await response.json()) as { result: { data: unknown } }
      name = (superjson.deserialize(body.result.data as never) as { firstName: string }).firstName
    }
    expect(name).toBe('Mai')
  })
})
