import type { TAppointment } from '@medbook/contracts'

/** An upcoming visit with something to pay and no payment that settled it. */
export function isPayable(appointment: TAppointment, now = new Date()): boolean {
  return (
    appointment.status === 'scheduled' &&
    appointment.bill.total > 0 &&
    (appointment.paymentStatus === 'pending' || appointment.paymentStatus === 'failed') &&
    appointment.startsAt > now
  )
}

/** Held for payment: the booking is released unless it is paid online in time. */
export function mustPrepay(appointment: TAppointment): boolean {
  return appointment.holdExpiresAt !== null
}
