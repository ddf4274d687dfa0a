import type { AppRouter } from '@medbook/api'
import { createTRPCClient, httpBatchLink } from '@trpc/client'
import { createTRPCContext } from '@trpc/tanstack-react-query'
import superjson from 'superjson'

export const { TRPCProvider, useTRPC } = createTRPCContext<AppRouter>()

/** The server refuses URLs over 16 KiB (414): a batch of queries longer than this is split. */
const MAX_URL_LENGTH = 8 * 1024

export function createApiClient() {
  return createTRPCClient<AppRouter>({
    links: [httpBatchLink({ url: '/trpc', transformer: superjson, maxURLLength: MAX_URL_LENGTH })],
  })
}
