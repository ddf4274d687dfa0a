import type { HTTPBatchLinkOptions } from '@trpc/client'
import type { MedBookRouter } from './router.js'

type LinkOptions = HTTPBatchLinkOptions<MedBookRouter['_def']['_config']['$types']>

/** Options of {@link createClient}. */
export interface MedBookClientOptions {
  /**
   * Where the MedBook API lives, without the `/trpc` suffix, e.g. `"https://api.medbook.vn"`.
   * The client sends its requests to `${baseUrl}/trpc`.
   */
  baseUrl: string
  /**
   * Your MedBook API key. When set, every request carries `Authorization: Bearer <apiKey>`,
   * which takes precedence over an `authorization` entry in {@link MedBookClientOptions.headers}.
   */
  apiKey?: string
  /**
   * The `fetch` to send requests with. Defaults to the global `fetch`; pass your own to add
   * retries, proxies or logging, or to call the API from a runtime without a global `fetch`.
   */
  fetch?: LinkOptions['fetch']
  /**
   * Extra headers for every request, or a function that returns them, called once per
   * HTTP request (several calls made in the same tick share one batched request).
   */
  headers?: Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>)
}
