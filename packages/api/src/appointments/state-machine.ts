import type { TAppointment } from '@medbook/contracts'
import { AppError } from '../errors.js'

type Status = TAppointment['status']

/** The only moves an appointment can make. Everything else is refused. */
const TRANSITIONS: Record<Status, readonly Status[]> = {
  scheduled: ['completed', 'cancelled', 'rescheduled', 'no_show'],
  completed: [],
  cancelled: [],
  rescheduled: [],
  no_show: [],
}

export function canMove(from: Status, to: Status): boolean {
  return TRANSITIONS[from].includes(to)
}

export function assertMove(from: Status, to: Status): void {
  if (!canMove(from, to)) {
    throw new AppError('PRECONDITION_FAILED', `An appointment that is ${from} cannot become ${to}`, { from, to })
  }
}
