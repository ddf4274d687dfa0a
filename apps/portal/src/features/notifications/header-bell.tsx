import { NotificationBell } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import { useTRPC } from '../../lib/trpc'

/** The signed-in user's bell: the unread count, kept fresh by the live events' invalidation. */
export function HeaderBell() {
  const trpc = useTRPC()
  const unread = useQuery(trpc.notifications.unreadCount.queryOptions())
  return (
    <NotificationBell count={unread.data?.count}>
      <Link to="/notifications" />
    </NotificationBell>
  )
}
