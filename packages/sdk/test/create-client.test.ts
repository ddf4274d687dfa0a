import { describe, expect, it } from 'vitest'
import { createClient } from '../src/index.js'

interface SentRequest {
  url: string
  headers: Record<string, string>
}

/** A fetch that records each request and answers every call in the batch with an empty list. */
function recordingFetch(sent: SentRequest[]) {
  return async (url: string | URL, init?: RequestInit) => {
    const headers = Object.fromEntries(new Headers(init?.headers).entries())
    sent.push({ url: String(url), headers })
    const calls = new URL(String(url)).pathname.split('/').at(-1)?.split(',') ?? []
    const body = calls.map(() => ({ result: { data: { json: [] } } }))
    return new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } })
  }
}

describe('createClient', () => {
  it('calls <baseUrl>/trpc and batches calls made in the same tick', async () => {
    const sent: SentRequest[] = []
    const client = createClient({ baseUrl: 'https://api.example.test/', fetch: recordingFetch(sent) })

    await Promise.all([client.specialties.list.query(), client.hospitals.cities.query()])

    expect(sent).toHaveLength(1)
    expect(sent[0]?.url).toMatch(/^https:\/\/api\.example\.test\/trpc\/specialties\.list,hospitals\.cities\?batch=1/)
  })

  it('splits a batch whose URL would pass the API 16 KiB limit into shorter GETs', async () => {
    const sent: SentRequest[] = []
    const client = createClient({ baseUrl: 'https://api.example.test', fetch: recordingFetch(sent) })

    const city = 'Thành phố Hồ Chí Minh '.repeat(10)
    await Promise.all(Array.from({ length: 40 }, () => client.hospitals.search.query({ city, limit: 10 })))

    expect(sent.length).toBeGreaterThan(1)
    for (const request of sent) expect(request.url.length).toBeLessThanOrEqual(8 * 1024)
  })

  it('sends the API key as a bearer token, over any authorization header', async () => {
    const sent: SentRequest[] = []
    const client = createClient({
      baseUrl: 'https://api.example.test',
      apiKey: 'mbk_test_123',
      headers: { Authorization: 'Basic eA==', 'x-request-source': 'clinic-app' },
      fetch: recordingFetch(sent),
    })

    await client.specialties.list.query()

    expect(sent[0]?.headers).toMatchObject({ authorization: 'Bearer mbk_test_123', 'x-request-source': 'clinic-app' })
  })

  it('asks a headers function once per request and sends no authorization without a key', async () => {
    const sent: SentRequest[] = []
    let asked = 0
    const client = createClient({
      baseUrl: 'https://api.example.test',
      headers: async () => ({ 'x-call': String(++asked) }),
      fetch: recordingFetch(sent),
    })

    await client.specialties.list.query()
    await client.specialties.list.query()

    expect(sent.map((request) => request.headers['x-call'])).toEqual(['1', '2'])
    expect(sent[0]?.headers.authorization).toBeUndefined()
  })
})
