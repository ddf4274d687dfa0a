import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useTRPC } from '../../lib/trpc'

/** Refetches every schedule view (day, week, any doctor) and the free slots after a change. */
export function useInvalidateSchedule() {
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: trpc.schedule.appointments.pathKey() }),
        queryClient.invalidateQueries({ queryKey: trpc.availability.slots.pathKey() }),
      ]),
    [queryClient, trpc],
  )
}
