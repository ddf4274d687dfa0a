import type { Database } from '@medbook/db'
import { seedDemoData } from '@medbook/db/seed'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../src/server.js'

// The demo data's pictures (avatars, doctor photos, hospital cover and gallery, specialty icons)
// are drawn by the server from their URL: every one the seed references must answer an image.

describe('seeded pictures over HTTP', () => {
  let db: Database
  let server: RunningServer
  let urls: string[]

  beforeAll(async () => {
    db = await createTestDatabase()
    await seedDemoData(db, { scale: 'default' })
    server = await startServer({ db: db.prisma })
    const { rows } = await db.pool.query<{ url: string }>(`
      SELECT "profilePicture" AS url FROM users WHERE "profilePicture" IS NOT NULL
      UNION SELECT unnest(images) FROM hospitals
      UNION SELECT icon FROM specialties WHERE icon IS NOT NULL`)
    urls = rows.map((row) => row.url)
  })
  afterAll(async () => {
    await server?.close()
    await db?.close()
  })

  it('answers every picture the seed references with an SVG image that may be cached for a year', async () => {
    const kinds = new Set(urls.map((url) => url.split('/')[2]))
    expect(kinds).toEqual(new Set(['avatars', 'hospitals', 'specialties']))
    expect(urls.length).toBeGreaterThan(100)
    const failures: string[] = []
    for (const url of urls) {
      const response = await fetch(`${server.url}${encodeURI(url)}`)
      const body = await response.text()
      const type = response.headers.get('content-type') ?? ''
      if (response.status !== 200 || !type.startsWith('image/svg+xml') || !body.startsWith('<svg ')) {
        failures.push(`${url}: ${response.status} ${type}`)
      }
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    }
    expect(failures).toEqual([])
  })

  it('draws the same picture for the same URL, and a different one for another person', async () => {
    const avatars = urls.filter((url) => url.startsWith('/images/avatars/')).slice(0, 2)
    const [first, again, other] = await Promise.all(
      [avatars[0], avatars[0], avatars[1]].map(async (url) =>
        (await fetch(`${server.url}${encodeURI(url ?? '')}`)).text(),
      ),
    )
    expect(again).toBe(first)
    expect(other).not.toBe(first)
    expect(first).toMatch(/>\p{Lu}{2}<\/text>/u)
  })

  it('answers a revalidation with 304 and HEAD without a body', async () => {
    const url = `${server.url}/images/hospitals/h-01.svg`
    const etag = (await fetch(url)).headers.get('etag') ?? ''
    expect((await fetch(url, { headers: { 'if-none-match': etag } })).status).toBe(304)
    const head = await fetch(url, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(await head.text()).toBe('')
  })

  it.each([
    ['/images/avatars/doctor-1.svg', 404],
    ['/images/avatars/doctor-1-%3Cscript%3E.svg', 404],
    ['/images/avatars/doctor-1-%E0%A4%A.svg', 404],
    ['/images/hospitals/h-01.jpg', 404],
    ['/images/specialties/%2E%2E%2F%2E%2E%2Fpackage.json', 404],
    ['/images/unknown.svg', 404],
  ])('answers %s with %i, never the app or a 500', async (path, status) => {
    const response = await fetch(`${server.url}${path}`)
    expect(response.status).toBe(status)
    expect(response.headers.get('content-type')).not.toMatch(/html/)
  })

  it('refuses methods other than GET and HEAD', async () => {
    const response = await fetch(`${server.url}/images/hospitals/h-01.svg`, { method: 'POST' })
    expect(response.status).toBe(405)
    expect(response.headers.get('allow')).toBe('GET, HEAD')
  })
})
