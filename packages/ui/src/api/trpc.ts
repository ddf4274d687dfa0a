import type { AppRouter } from '@medbook/api'
import { createTRPCClient, httpBatchLink, httpSubscriptionLink, splitLink } from '@trpc/client'
import { createTRPCContext } from '@trpc/tanstack-react-query'
import superjson from 'superjson'

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>()

/** The server refuses URLs over 16 KiB (414): a batch of queries longer than this is split. */
const MAX_URL_LENGTH = 8 * 1024

export function createApiClient() {
  return createTRPCClient<AppRouter>({
    links: [
      splitLink({
        // realtime.events: Server-Sent Events, same origin, so the session cookie goes along
        condition: (op) => op.type === 'subscription',
        true: httpSubscriptionLink({ url: '/trpc', transformer: superjson }),
        false: httpBatchLink({ url: '/trpc', transformer: superjson, maxURLLength: MAX_URL_LENGTH }),
      }),
    ],
  })
}
