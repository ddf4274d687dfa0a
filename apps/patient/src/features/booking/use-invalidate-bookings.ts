import { useQueryClient } from '@tanstack/react-query'
import { useCallback } from 'react'
import { useTRPC } from '../../lib/trpc'

/**
 * After a booking changes (booked, moved, cancelled, claimed, waitlist joined or left): the
 * lists, the free slots, the doctors' "earliest slot" and the payments (a cancellation refunds) are all out of date.
 */
export function useInvalidateBookings() {
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  return useCallback(
    () =>
      Promise.all([
        queryClient.invalidateQueries(trpc.appointments.pathFilter()),
        queryClient.invalidateQueries(trpc.waitlist.pathFilter()),
        queryClient.invalidateQueries(trpc.availability.pathFilter()),
        queryClient.invalidateQueries(trpc.doctors.pathFilter()),
        queryClient.invalidateQueries(trpc.payments.pathFilter()),
      ]),
    [queryClient, trpc],
  )
}
