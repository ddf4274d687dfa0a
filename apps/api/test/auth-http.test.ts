import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { hashPassword } from '@medbook/api'
import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import superjson from 'superjson'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../src/server.js'

const PASSWORD = 'Http-test-pass-2026'

/** Minimal tRPC-over-HTTP calls, so the test sees the real headers and status codes. */
function trpcClient(base: string) {
  return {
    query: (procedure: string, input: unknown, headers: Record<string, string> = {}) =>
      fetch(`${base}/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(superjson.serialize(input)))}`, {
        headers,
      }),
    mutate: (procedure: string, input: unknown, headers: Record<string, string> = {}) =>
      fetch(`${base}/trpc/${procedure}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(superjson.serialize(input)),
      }),
  }
}

async function data<T>(response: Response): Promise<T> {
  const body = (await response.json()) as { result: { data: Parameters<typeof superjson.deserialize>[0] } }
  return superjson.deserialize<T>(body.result.data)
}

describe('sign-in over HTTP: cookies, CSRF, API keys, uploads', () => {
  let db: Database
  let server: RunningServer
  let api: ReturnType<typeof trpcClient>
  let uploadsDir: string

  beforeAll(async () => {
    db = await createTestDatabase()
    uploadsDir = mkdtempSync(path.join(tmpdir(), 'medbook-uploads-'))
    await db.prisma.user.create({
      data: {
        role: 'patient',
        email: 'http@example.vn',
        password: await hashPassword(PASSWORD),
        firstName: 'Hà',
        lastName: 'Đỗ',
        verificationStatus: true,
        patient: { create: {} },
      },
    })
    server = await startServer({ db: db.prisma, uploadsDir })
    api = trpcClient(server.url)
  })
  afterAll(async () => {
    await server?.close()
    await db?.close()
    rmSync(uploadsDir, { recursive: true, force: true })
  })

  async function login(headers: Record<string, string> = {}) {
    const response = await api.mutate('auth.login', { identifier: 'http@example.vn', password: PASSWORD }, headers)
    expect(response.status).toBe(200)
    const cookie = response.headers.get('set-cookie') ?? ''
    const { sessionToken } = await data<{ sessionToken: string }>(response)
    return { cookie, sessionToken, cookieHeader: cookie.split(';')[0] ?? '' }
  }

  it('sets an HttpOnly, SameSite=Lax session cookie, Secure behind HTTPS', async () => {
    const plain = await login()
    expect(plain.cookie).toMatch(/^medbook_session=[a-z2-7]+; HttpOnly; SameSite=Lax; Path=\/; Expires=/)
    expect(plain.cookie).not.toContain('Secure')
    const behindTls = await login({ 'x-forwarded-proto': 'https' })
    expect(behindTls.cookie).toContain('; Secure')
    const me = await api.query('auth.me', undefined, { cookie: plain.cookieHeader })
    expect((await data<{ email: string }>(me)).email).toBe('http@example.vn')
  })

  it('refuses cookie-authenticated mutations from a foreign or missing Origin', async () => {
    const { cookieHeader } = await login()
    const update = { firstName: 'Hà Mới' }
    const foreign = await api.mutate('profile.update', update, { cookie: cookieHeader, origin: 'https://evil.example' })
    expect(foreign.status).toBe(403)
    const missing = await api.mutate('profile.update', update, { cookie: cookieHeader })
    expect(missing.status).toBe(403)
    const own = await api.mutate('profile.update', update, { cookie: cookieHeader, origin: server.url })
    expect(own.status).toBe(200)
  })

  it('logs out: the cookie is cleared and the session no longer works', async () => {
    const { cookieHeader } = await login()
    const out = await api.mutate('auth.logout', undefined, { cookie: cookieHeader, origin: server.url })
    expect(out.status).toBe(200)
    expect(out.headers.get('set-cookie')).toContain('Max-Age=0')
    const me = await api.query('auth.me', undefined, { cookie: cookieHeader })
    expect(await data(me)).toBeNull()
  })

  it('API keys: shown once, stored hashed, limited to their scopes, revocable', async () => {
    const { sessionToken } = await login()
    const bearer = { authorization: `Bearer ${sessionToken}` }
    const created = await data<{ key: { id: string; prefix: string }; secret: string }>(
      await api.mutate('apiKeys.create', { name: 'Clinic sync', scopes: ['profile:read'] }, bearer),
    )
    expect(created.secret).toMatch(/^mbk_[a-z2-7]{39}$/)
    expect(created.secret.startsWith(created.key.prefix)).toBe(true)
    const stored = await db.prisma.apiKey.findUniqueOrThrow({ where: { id: created.key.id } })
    expect(stored.hashedKey).not.toContain(created.secret)

    const withKey = { authorization: `Bearer ${created.secret}` }
    expect((await api.query('profile.get', undefined, withKey)).status).toBe(200)
    expect((await api.mutate('profile.update', { firstName: 'Khoá' }, withKey)).status).toBe(403)
    expect((await api.query('apiKeys.list', undefined, withKey)).status).toBe(403)

    await api.mutate('apiKeys.revoke', { id: created.key.id }, bearer)
    expect((await api.query('profile.get', undefined, withKey)).status).toBe(401)
  })

  it('uploads a profile picture with type and size limits', async () => {
    const { sessionToken } = await login()
    const upload = (body: Uint8Array<ArrayBuffer>, type: string) =>
      fetch(`${server.url}/uploads/profile-picture`, {
        method: 'POST',
        headers: { authorization: `Bearer ${sessionToken}`, 'content-type': type },
        body: new Blob([body]),
      })
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...new Array(64).fill(0)])
    const accepted = await upload(png, 'image/png')
    expect(accepted.status).toBe(200)
    const { profilePicture } = (await accepted.json()) as { profilePicture: string }
    expect(profilePicture).toMatch(/^\/uploads\/avatars\/.+\.png$/)
    expect((await fetch(`${server.url}${profilePicture}`)).status).toBe(200)

    expect(
      (await upload(new TextEncoder().encode('<svg onload=alert(1)>') as Uint8Array<ArrayBuffer>, 'image/png')).status,
    ).toBe(415)
    expect((await upload(new Uint8Array(2 * 1024 * 1024 + 1).fill(0xff), 'image/jpeg')).status).toBe(413)
    const anonymous = await fetch(`${server.url}/uploads/profile-picture`, { method: 'POST', body: new Blob([png]) })
    expect(anonymous.status).toBe(401)
  })
})
