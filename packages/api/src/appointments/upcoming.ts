import type { Prisma } from '@medbook/db'

/**
 * A visit still to come: scheduled and not over. Cancelled, rescheduled (replaced by another),
 * completed and missed visits are history whatever their date.
 */
export function upcomingWhere(now: Date) {
  return { status: 'scheduled', endsAt: { gte: now } } satisfies Prisma.AppointmentWhereInput
}
