import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink, type TRPCClient } from '@trpc/client'
import { EventSource } from 'eventsource'
import superjson from 'superjson'
import type { MedBookClientOptions } from './client-options.js'
import type { MedBookRouter } from './router.js'

/**
 * The API answers URLs over 16 KiB with 414; queries batched into one GET are split into
 * requests below this length instead.
 */
const MAX_URL_LENGTH = 8 * 1024

/** A typed MedBook client: `client.hospitals.search.query(...)`, `client.specialties.list.query()`. */
export type MedBookClient = TRPCClient<MedBookRouter>

/**
 * Creates a client for the MedBook API. Calls made in the same tick are sent as one
 * batched HTTP request; subscriptions (`realtime.events`) are Server-Sent Events that
 * reconnect by themselves and resume after the last event received.
 *
 * @example
 * const medbook = createClient({ baseUrl: 'https://api.medbook.vn', apiKey: process.env.MEDBOOK_API_KEY })
 * const page = await medbook.hospitals.search.query({ city: 'Hà Nội', limit: 10 })
 */
export function createClient(options: MedBookClientOptions): MedBookClient {
  const url = `${options.baseUrl.replace(/\/+$/, '')}/trpc`
  return createTRPCClient<MedBookRouter>({
    links: [
      splitLink({
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({
          url,
          transformer: superjson,
          EventSource,
          // the browser's EventSource cannot send headers; this one sends them through fetch
          eventSourceOptions: () => ({
            fetch: async (input, init) => {
              const fetchImpl = (options.fetch ?? fetch) as typeof fetch
              const headers = { ...(init?.headers as Record<string, string>), ...(await requestHeaders(options)) }
              return fetchImpl(input, { ...init, headers })
            },
          }),
        }),
        false: httpBatchLink({
          url,
          maxURLLength: MAX_URL_LENGTH,
          transformer: superjson,
          fetch: options.fetch,
          headers: () => requestHeaders(options),
        }),
      }),
    ],
  })
}

async function requestHeaders(options: MedBookClientOptions): Promise<Record<string, string>> {
  const extra = typeof options.headers === 'function' ? await options.headers() : (options.headers ?? {})
  if (!options.apiKey) return { ...extra }
  const withoutAuthorization = Object.fromEntries(
    Object.entries(extra).filter(([name]) => name.toLowerCase() !== 'authorization'),
  )
  return { ...withoutAuthorization, authorization: `Bearer ${options.apiKey}` }
}
