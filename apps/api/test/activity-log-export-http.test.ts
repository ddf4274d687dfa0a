import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSession } from '../../../packages/api/src/auth/sessions.js'
import { createClient } from '../../../packages/sdk/src/index.js'
import { type RunningServer, startServer } from '../src/server.js'

/** RFC 4180, strictly: quoted fields may hold commas, doubled quotes and line breaks; records end in CRLF. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"' && field === '') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
      i++
    } else if (c === '\n' || c === '\r' || c === '"') throw new Error(`bare ${JSON.stringify(c)} at ${i}`)
    else field += c
  }
  if (field !== '' || row.length > 0) throw new Error('the last record does not end in CRLF')
  return rows
}

const TRICKY = [
  {
    userAgent: '=HYPERLINK("http://evil.example","bấm vào")',
    expected: `'=HYPERLINK("http://evil.example","bấm vào")`,
  },
  { userAgent: '+cmd|/c calc', expected: `'+cmd|/c calc` },
  { userAgent: '-2+3', expected: `'-2+3` },
  { userAgent: '@SUM(A1:A2)', expected: `'@SUM(A1:A2)` },
  { userAgent: 'Mozilla/5.0, "quoted"\r\nsecond line', expected: 'Mozilla/5.0, "quoted"\r\nsecond line' },
]

describe('activity log CSV export over HTTP', () => {
  let db: Database
  let server: RunningServer
  let adminToken: string
  let staffToken: string
  let adminId: string
  const BULK = 1234

  const get = (query: string, headers: Record<string, string>) =>
    fetch(`${server.url}/admin/activity-logs.csv${query}`, { headers })

  beforeAll(async () => {
    db = await createTestDatabase()
    const admin = await db.prisma.user.create({
      data: { role: 'admin', email: 'admin@csv.test', firstName: 'Quản', lastName: 'Trị' },
    })
    adminId = admin.id
    const staff = await db.prisma.user.create({
      data: { role: 'hospital', email: 'staff@csv.test', firstName: 'Nhân', lastName: 'Viên' },
    })
    adminToken = (await createSession(db.prisma, admin.id, { ipAddress: null, userAgent: null })).token
    staffToken = (await createSession(db.prisma, staff.id, { ipAddress: null, userAgent: null })).token
    const start = Date.UTC(2026, 0, 1)
    await db.prisma.activityLog.createMany({
      data: Array.from({ length: BULK }, (_, i) => ({
        userId: i % 2 ? admin.id : staff.id,
        userRole: i % 2 ? ('admin' as const) : ('hospital' as const),
        action: i % 3 ? 'login' : 'update_setting',
        details: { n: i, note: 'Ghi chú, có dấu phẩy và "ngoặc"' },
        ipAddress: '203.0.113.9',
        userAgent: 'vitest',
        timestamp: new Date(start + i * 60_000),
      })),
    })
    for (const tricky of TRICKY) {
      await db.prisma.activityLog.create({
        data: {
          userId: admin.id,
          userRole: 'admin',
          action: 'tricky',
          details: { text: tricky.userAgent },
          userAgent: tricky.userAgent,
          timestamp: new Date(Date.UTC(2026, 5, 1)),
        },
      })
    }
    server = await startServer({ db: db.prisma })
  })
  afterAll(async () => {
    await server?.close()
    await db?.close()
  })

  it('streams every row, newest first, as RFC 4180 CSV with a BOM and a dated file name', async () => {
    const response = await get('', { cookie: `medbook_session=${adminToken}` })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="activity-logs-${new Date().toISOString().slice(0, 10)}.csv"`,
    )
    expect(response.headers.get('transfer-encoding')).toBe('chunked')
    const bytes = new Uint8Array(await response.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes).slice(1)
    const [header, ...rows] = parseCsv(text)
    expect(header).toEqual([
      'id',
      'timestamp',
      'user_id',
      'user_name',
      'user_role',
      'action',
      'ip_address',
      'user_agent',
      'details',
    ])
    expect(rows).toHaveLength(BULK + TRICKY.length)
    const ids = rows.map((row) => row[0] as string)
    expect(new Set(ids).size).toBe(ids.length)
    expect([...ids].sort().reverse()).toEqual(ids)

    const bulk = rows.filter((row) => row[5] !== 'tricky')
    const sample = bulk.find((row) => JSON.parse(row[8] as string).n === 1)
    expect(sample).toEqual([
      expect.any(String),
      '2026-01-01T00:01:00.000Z',
      adminId,
      'Trị Quản',
      'admin',
      'login',
      '203.0.113.9',
      'vitest',
      JSON.stringify({ n: 1, note: 'Ghi chú, có dấu phẩy và "ngoặc"' }),
    ])
    const tricky = rows.filter((row) => row[5] === 'tricky').map((row) => row[7])
    expect(tricky.sort()).toEqual(TRICKY.map((t) => t.expected).sort())
  })

  it('takes the filters of admin.activityLogs', async () => {
    const auth = { authorization: `Bearer ${adminToken}` }
    const from = new Date(Date.UTC(2026, 0, 1, 1)).toISOString()
    const to = new Date(Date.UTC(2026, 0, 1, 3)).toISOString()
    const response = await get(`?action=update_setting&role=hospital&from=${from}&to=${to}`, auth)
    const rows = parseCsv((await response.text()).replace(/^\uFEFF/, '')).slice(1)
    // minutes 60..179, every third (update_setting) and even (hospital): i ≡ 0 (mod 6)
    expect(rows).toHaveLength(20)
    expect(rows.every((row) => row[5] === 'update_setting' && row[4] === 'hospital')).toBe(true)
    const byUser = await get(`?userId=${adminId}&action=tricky`, auth)
    expect(parseCsv((await byUser.text()).replace(/^\uFEFF/, '')).slice(1)).toHaveLength(TRICKY.length)

    const invalid = await get('?from=yesterday', auth)
    expect(invalid.status).toBe(400)
    expect(((await invalid.json()) as { code: string }).code).toBe('BAD_REQUEST')
  })

  it('admins only: by session, or an API key with "admin:read"', async () => {
    expect((await get('', {})).status).toBe(401)
    expect((await get('', { authorization: `Bearer ${staffToken}` })).status).toBe(403)
    const session = createClient({ baseUrl: server.url, headers: { authorization: `Bearer ${adminToken}` } })
    const reader = await session.apiKeys.create.mutate({ name: 'Audit export', scopes: ['admin:read'] })
    const other = await session.apiKeys.create.mutate({ name: 'Profile', scopes: ['profile:read'] })
    const withKey = await get('?action=tricky', { authorization: `Bearer ${reader.secret}` })
    expect(withKey.status).toBe(200)
    expect(parseCsv((await withKey.text()).replace(/^\uFEFF/, ''))).toHaveLength(TRICKY.length + 1)
    const wrongScope = await get('', { authorization: `Bearer ${other.secret}` })
    expect(wrongScope.status).toBe(403)
    expect(((await wrongScope.json()) as { error: string }).error).toContain('admin:read')
    // staff cannot even make such a key
    const staff = createClient({ baseUrl: server.url, headers: { authorization: `Bearer ${staffToken}` } })
    await expect(staff.apiKeys.create.mutate({ name: 'x', scopes: ['admin:read'] })).rejects.toMatchObject({
      data: { code: 'BAD_REQUEST' },
    })
  })
})
