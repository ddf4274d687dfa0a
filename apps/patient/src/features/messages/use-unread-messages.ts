import { useSession } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { useTRPC } from '../../lib/trpc'

/** How many messages the signed-in patient has not read (0 for visitors); kept fresh by the live events. */
export function useUnreadMessages(): number {
  const trpc = useTRPC()
  const signedIn = useSession().data?.role === 'patient'
  const unread = useQuery({ ...trpc.conversations.unreadCount.queryOptions(), enabled: signedIn })
  return signedIn ? (unread.data?.total ?? 0) : 0
}
