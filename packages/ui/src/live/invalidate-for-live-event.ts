import type { QueryClient } from '@tanstack/react-query'

/** The tRPC routers whose cached answers an event from realtime.events makes stale. */
const ROUTERS_BY_KIND: Record<string, string[]> = {
  message: ['conversations', 'notifications'],
  read: ['conversations', 'notifications'],
  conversation: ['conversations'],
  notification: ['notifications'],
  notifications_read: ['notifications'],
}

/**
 * Refetches what a live event changed (the bell's count, an inbox, an open thread) in the
 * pages that show it; the rest refetch when next shown.
 */
export function invalidateForLiveEvent(queryClient: QueryClient, event: { kind: string }): void {
  for (const router of ROUTERS_BY_KIND[event.kind] ?? []) {
    // tRPC's query keys start with the procedure path: [['notifications', 'list'], …]
    void queryClient.invalidateQueries({ queryKey: [[router]] })
  }
}
