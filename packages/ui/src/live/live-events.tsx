import { useQueryClient } from '@tanstack/react-query'
import { useSubscription } from '@trpc/tanstack-react-query'
import { useTRPC } from '../api/trpc'
import { invalidateForLiveEvent } from './invalidate-for-live-event'

/**
 * While someone is signed in, one Server-Sent Events stream brings their new messages, read
 * receipts and notifications, and the screens showing them refetch. After a dropped connection
 * it resumes from the last event it received.
 */
export function LiveEvents({ signedIn }: { signedIn: boolean }) {
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  useSubscription(
    trpc.realtime.events.subscriptionOptions(undefined, {
      enabled: signedIn,
      onData: (event) => invalidateForLiveEvent(queryClient, event.data),
    }),
  )
  return null
}
