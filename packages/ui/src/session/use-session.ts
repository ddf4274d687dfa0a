import type { TSessionUser } from '@medbook/contracts'
import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useTRPC } from '../api/trpc'
import { forgetPrivateData } from './query-client'
import { markSessionEnded } from './session-events'

/** Who is signed in: the user, null when nobody is, undefined while the first answer is on its way. */
export function useSession() {
  const trpc = useTRPC()
  return useQuery({ ...trpc.auth.me.queryOptions(), staleTime: 5 * 60_000 })
}

/** Records a fresh sign-in (log in, verification) so every screen knows at once. */
export function useSignedIn() {
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  return useCallback(
    (user: TSessionUser) => {
      markSessionEnded(false)
      forgetPrivateData(queryClient)
      queryClient.setQueryData(trpc.auth.me.queryKey(), user)
    },
    [queryClient, trpc],
  )
}

/** Forgets the signed-in user and their data, after a log out or when the session ended. */
export function useSignedOut() {
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  return useCallback(() => {
    forgetPrivateData(queryClient)
    queryClient.setQueryData(trpc.auth.me.queryKey(), null)
  }, [queryClient, trpc])
}

export function fullName(user: { firstName: string; lastName: string }): string {
  // Vietnamese order: family name first ("Nguyễn Văn An")
  return `${user.lastName} ${user.firstName}`.trim()
}
