import { request } from 'node:http'
import { connect } from 'node:net'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import superjson from 'superjson'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../src/server.js'

interface RawAnswer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: string
  /** the bytes as sent: fetch would undo a compression the test checks */
  bytes: Buffer
}

/** A request with any method (fetch refuses TRACE and CONNECT), headers and body, answered as sent. */
function requestWith(
  baseUrl: string,
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string } = {},
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const req = request(`${baseUrl}${path}`, { method, headers: options.headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (chunk: Buffer) => chunks.push(chunk))
      res.on('end', () => {
        const bytes = Buffer.concat(chunks)
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString(), bytes })
      })
    })
    req.on('error', reject)
    req.end(options.body)
  })
}

/**
 * Sends `head` (request line and headers) the way curl does: all of it, and only then reads
 * the answer, until the server closes. Resolves with the status line; rejects when the
 * connection is reset, which a server that closes with the request still arriving causes.
 */
function sendWholeThenRead(baseUrl: string, head: string): Promise<string> {
  const { hostname, port } = new URL(baseUrl)
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname)
    socket.pause()
    let answer = ''
    socket.on('error', reject)
    socket.on('close', () => resolve(answer.split('\r\n')[0] ?? ''))
    socket.write(head, () => {
      socket.on('data', (chunk) => {
        answer += chunk.toString('latin1')
      })
      socket.resume()
      socket.end()
    })
  })
}

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

  it('answers TRACE, CONNECT and other methods a route does not serve with 405 and Allow', async () => {
    for (const method of ['TRACE', 'PUT', 'DELETE', 'PATCH']) {
      const answer = await requestWith(server.url, method, '/trpc/specialties.list')
      expect(answer.status, method).toBe(405)
      expect(answer.headers.allow).toBe('GET, POST, HEAD')
      expect(JSON.parse(answer.body)).toMatchObject({ code: 'METHOD_NOT_SUPPORTED' })
    }
    for (const path of ['/health', '/', '/portal/', '/uploads/missing.png']) {
      const answer = await requestWith(server.url, 'TRACE', path)
      expect(answer.status, path).toBe(405)
      expect(answer.headers.allow).toBe('GET, HEAD')
    }
    const connectAnswer = await sendWholeThenRead(
      server.url,
      'CONNECT example.com:443 HTTP/1.1\r\nHost: example.com:443\r\n\r\n',
    )
    expect(connectAnswer).toBe('HTTP/1.1 405 Method Not Allowed')
  })

  it('answers a URL longer than 16 KiB with 414', async () => {
    const input = encodeURIComponent(JSON.stringify({ json: { city: 'x'.repeat(20 * 1024) } }))
    const response = await fetch(`${server.url}/trpc/hospitals.search?input=${input}`)
    expect(response.status).toBe(414)
    expect(await response.json()).toMatchObject({ code: 'URI_TOO_LONG' })
    // the connection stays usable for the next request
    expect((await fetch(`${server.url}/health`)).status).toBe(200)
  })

  it('answers request headers beyond the limit with 431 instead of resetting the connection', async () => {
    const longUrl = await sendWholeThenRead(
      server.url,
      `GET /trpc/specialties.list?input=${'a'.repeat(8 * 1024 * 1024)} HTTP/1.1\r\nHost: x\r\n\r\n`,
    )
    expect(longUrl).toBe('HTTP/1.1 431 Request Header Fields Too Large')
    const bigCookie = await sendWholeThenRead(
      server.url,
      `GET /health HTTP/1.1\r\nHost: x\r\nCookie: c=${'b'.repeat(8 * 1024 * 1024)}\r\n\r\n`,
    )
    expect(bigCookie).toBe('HTTP/1.1 431 Request Header Fields Too Large')
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

describe('compressed tRPC answers', () => {
  let db: Database
  let server: RunningServer

  beforeAll(async () => {
    db = await createTestDatabase()
    await db.prisma.specialty.createMany({
      data: Array.from({ length: 40 }, (_, n) => ({
        name: `Chuyên khoa số ${n}`,
        nameEn: `Specialty number ${n}`,
        slug: `specialty-${n}`,
        description: 'Khám, tư vấn và điều trị theo chuyên khoa, đặt lịch trước qua MedBook.',
      })),
    })
    server = await startServer({ db: db.prisma })
  })
  afterAll(async () => {
    await server?.close()
    await db?.close()
  })

  it('sends a large answer as brotli or gzip, whichever the client accepts, the same JSON once decompressed', async () => {
    const get = (acceptEncoding: string) =>
      requestWith(server.url, 'GET', '/trpc/specialties.list', { headers: { 'accept-encoding': acceptEncoding } })
    const plain = await get('identity')
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.bytes.length).toBeGreaterThan(4096)

    const brotli = await get('gzip, deflate, br')
    expect(brotli.headers['content-encoding']).toBe('br')
    expect(brotli.headers.vary).toMatch(/accept-encoding/i)
    expect(brotli.bytes.length).toBeLessThan(plain.bytes.length / 3)
    expect(brotliDecompressSync(brotli.bytes).toString()).toBe(plain.body)

    const gzip = await get('gzip')
    expect(gzip.headers['content-encoding']).toBe('gzip')
    expect(gunzipSync(gzip.bytes).toString()).toBe(plain.body)
  })

  it('leaves answers to mutations (POST: bookings, payments) as they are', async () => {
    const answer = await requestWith(server.url, 'POST', '/trpc/auth.login', {
      headers: { 'accept-encoding': 'gzip, br', 'content-type': 'application/json' },
      body: JSON.stringify({ json: {} }),
    })
    expect(answer.headers['content-encoding']).toBeUndefined()
    expect(JSON.parse(answer.body).error.json.data.code).toBe('BAD_REQUEST')
  })
})
