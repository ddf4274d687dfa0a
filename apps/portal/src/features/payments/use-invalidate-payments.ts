import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useTRPC } from '../../lib/trpc'

/** Refetches every payments list and overview, and the schedule (its rows show whether a visit is paid). */
export function useInvalidatePayments() {
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.payments.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.schedule.appointments.pathKey() }),
      ]),
    [queryClient, trpc],
  )
}
