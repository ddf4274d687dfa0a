import type { TReviewEligibility, TReviewTargetType } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import { fullName } from '../appointments/present.js'
import { AppError } from '../errors.js'
import { readSettings } from '../settings/service.js'
import { reviewSelect, toMyReview } from './present.js'

const DAY_MS = 86_400_000

const visitSelect = {
  id: true,
  status: true,
  endsAt: true,
  doctorId: true,
  hospitalId: true,
  doctor: { select: { user: { select: { firstName: true, lastName: true } } } },
  hospital: { select: { name: true } },
} as const

/** The patient's own visit (family members' visits are booked on the patient's account). */
export async function findOwnVisit(db: PrismaClient, patientId: string, appointmentId: string) {
  const visit = await db.appointment.findFirst({ where: { id: appointmentId, patientId }, select: visitSelect })
  if (!visit) throw new AppError('NOT_FOUND', 'No such appointment')
  return visit
}

export type OwnVisit = Awaited<ReturnType<typeof findOwnVisit>>

/** Reviews are taken from the visit's end for the window the settings give. */
export async function reviewWindowCloses(db: PrismaClient, visit: { endsAt: Date }): Promise<Date> {
  const settings = await readSettings(db)
  return new Date(visit.endsAt.getTime() + settings['reviews.windowDays'] * DAY_MS)
}

/** Refuses a review of a visit that is not completed or whose window has closed, with a reason to show. */
export async function assertReviewable(db: PrismaClient, visit: OwnVisit, now: Date): Promise<void> {
  if (visit.status !== 'completed') {
    throw new AppError('PRECONDITION_FAILED', 'Only a completed visit can be reviewed', { reason: 'not_completed' })
  }
  const closesAt = await reviewWindowCloses(db, visit)
  if (now > closesAt) {
    throw new AppError('PRECONDITION_FAILED', 'The time to review this visit has passed', {
      reason: 'window_closed',
      closedAt: closesAt.toISOString(),
    })
  }
}

export function targetIdOf(visit: OwnVisit, targetType: TReviewTargetType): string {
  return targetType === 'doctor' ? visit.doctorId : visit.hospitalId
}

/** For each side of the visit: open for a review, already reviewed (and how), or why not. */
export async function reviewEligibility(
  db: PrismaClient,
  patientId: string,
  appointmentId: string,
  now: Date,
): Promise<TReviewEligibility> {
  const visit = await findOwnVisit(db, patientId, appointmentId)
  const reviews = await db.review.findMany({ where: { appointmentId: visit.id }, select: reviewSelect })
  const completed = visit.status === 'completed'
  const closesAt = completed ? await reviewWindowCloses(db, visit) : null
  const targets = (['doctor', 'hospital'] as const).map((targetType) => {
    const review = reviews.find((row) => row.targetType === targetType)
    const state = review
      ? ('reviewed' as const)
      : !completed
        ? ('not_completed' as const)
        : closesAt && now > closesAt
          ? ('closed' as const)
          : ('open' as const)
    return {
      targetType,
      targetId: targetIdOf(visit, targetType),
      targetName: targetType === 'doctor' ? fullName(visit.doctor.user) : visit.hospital.name,
      state,
      review: review ? toMyReview(review) : null,
    }
  })
  return { closesAt, targets }
}
