import type { TNotificationType } from '@medbook/contracts'
import { useQuery } from '@tanstack/react-query'
import { useTRPC } from '../../lib/trpc'

/** The most appointments one question covers (notifications.deliveryFailures takes up to 100). */
const MAX_ASKED = 100

/** Staff: for each appointment shown, the kinds of the patient's notifications that failed to deliver. */
export function useDeliveryFailures(appointmentIds: readonly string[], enabled: boolean) {
  const trpc = useTRPC()
  const asked = appointmentIds.slice(0, MAX_ASKED)
  const failures = useQuery(
    trpc.notifications.deliveryFailures.queryOptions(
      { appointmentIds: asked },
      { enabled: enabled && asked.length > 0 },
    ),
  )
  const byAppointment = new Map<string, TNotificationType[]>()
  for (const item of failures.data?.items ?? []) {
    const types = byAppointment.get(item.appointmentId) ?? []
    if (!types.includes(item.type)) types.push(item.type)
    byAppointment.set(item.appointmentId, types)
  }
  return byAppointment
}
