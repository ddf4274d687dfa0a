import { ZBookAppointmentInput } from '@medbook/contracts'
import { z } from 'zod'

/** The booking form: who the visit is for, then the shared schema's reason and symptoms. */
export const ZBookingDetails = ZBookAppointmentInput.pick({ reasonForVisit: true, symptoms: true }).extend({
  /** "self" or a family member's id */
  forWhom: z.string().min(1),
})

export type TBookingDetailsInput = z.input<typeof ZBookingDetails>
export type TBookingDetails = z.output<typeof ZBookingDetails>
