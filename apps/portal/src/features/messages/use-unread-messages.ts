import { useSession } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { useTRPC } from '../../lib/trpc'

/** How many messages the signed-in doctor, staff member or admin has not read; kept fresh by the live events. */
export function useUnreadMessages(): number {
  const trpc = useTRPC()
  const role = useSession().data?.role
  const signedIn = role === 'hospital' || role === 'doctor' || role === 'admin'
  const unread = useQuery({ ...trpc.conversations.unreadCount.queryOptions(), enabled: signedIn })
  return signedIn ? (unread.data?.total ?? 0) : 0
}
