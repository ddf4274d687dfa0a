import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import superjson from 'superjson'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../src/server.js'

describe('HTTP server', () => {
  let db: Database
  let server: RunningServer

  beforeAll(async () => {
    db = await createTestDatabase()
    await db.prisma.specialty.create({ data: { name: 'Da liễu', nameEn: 'Dermatology', slug: 'dermatology' } })
    server = await startServer({ db: db.prisma })
  })
  afterAll(async () => {
    await server?.close()
    await db?.close()
  })

  it('answers /health after asking the database', async () => {
    const response = await fetch(`${server.url}/health`)
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ status: 'ok', database: 'up' })
  })

  it('serves tRPC over HTTP with superjson', async () => {
    const response = await fetch(`${server.url}/trpc/specialties.list`)
    expect(response.status).toBe(200)
    const body = (await response.json()) as { result: { data: Parameters<typeof superjson.deserialize>[0] } }
    const specialties = superjson.deserialize<Array<{ nameEn: string }>>(body.result.data)
    expect(specialties.map((s) => s.nameEn)).toEqual(['Dermatology'])
  })

  it('rejects invalid input with 400 and field errors', async () => {
    const input = encodeURIComponent(JSON.stringify(superjson.serialize({ limit: 0 })))
    const response = await fetch(`${server.url}/trpc/hospitals.search?input=${input}`)
    expect(response.status).toBe(400)
    const body = (await response.json()) as {
      error: { json: { data: { code: string; fieldErrors: Record<string, string[]> } } }
    }
    expect(body.error.json.data.code).toBe('BAD_REQUEST')
    expect(Object.keys(body.error.json.data.fieldErrors)).toEqual(['limit'])
  })

  it('redirects /portal to /portal/', async () => {
    const response = await fetch(`${server.url}/portal`, { redirect: 'manual' })
    expect(response.status).toBe(308)
    expect(response.headers.get('location')).toBe('/portal/')
  })

  it('reports 503 on /health when the database is gone', async () => {
    const lonely = await createTestDatabase()
    const other = await startServer({ db: lonely.prisma })
    await lonely.close()
    const response = await fetch(`${other.url}/health`)
    expect(response.status).toBe(503)
    await other.close()
  })
})
