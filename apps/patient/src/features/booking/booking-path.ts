import type { TConsultationType } from '@medbook/contracts'

export interface BookingTarget {
  doctorId: string
  /** hospital-local "YYYY-MM-DD" and "HH:MM", as the slot gave them */
  date: string
  time: string
  type: TConsultationType
}

/** /book?doctor=…&date=2025-11-27&time=09:00&type=in_person */
export function bookingPath(target: BookingTarget): string {
  const params = new URLSearchParams({
    doctor: target.doctorId,
    date: target.date,
    time: target.time,
    type: target.type,
  })
  return `/book?${params.toString()}`
}

/** The doctor's page with the same day (and type) chosen, to pick another time. */
export function doctorSlotsPath(target: Pick<BookingTarget, 'doctorId' | 'date' | 'type'>): string {
  const params = new URLSearchParams({ date: target.date })
  if (target.type === 'online') params.set('type', target.type)
  return `/doctors/${target.doctorId}?${params.toString()}`
}
