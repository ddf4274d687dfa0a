import { hospitalApplicationStatus, type THospitalApplicationStatus } from '@medbook/contracts'
import type { inferOutput } from '@trpc/tanstack-react-query'
import type { useTRPC } from '../../lib/trpc'

type Api = ReturnType<typeof useTRPC>

export type VerificationQueue = inferOutput<Api['verification']['queue']>
export type HospitalApplication = VerificationQueue['hospitals'][number]
export type DoctorApplication = VerificationQueue['doctors'][number]
export type ApplicantKind = 'hospitals' | 'doctors'

/** Where an application stands, as the queue shows it. */
export type ApplicationStatus = THospitalApplicationStatus

/** The queue lists only hospitals with an application; the same rule the admin dashboard counts by. */
export function hospitalStatus(hospital: Pick<HospitalApplication, 'status' | 'verified'>): ApplicationStatus {
  return hospitalApplicationStatus(hospital) ?? 'unverified'
}

/** The queue lists doctors whose licence review is pending. */
export function doctorStatus(_doctor: DoctorApplication): ApplicationStatus {
  return 'pending'
}

const ORDER: Record<ApplicationStatus, number> = { pending: 0, unverified: 1, rejected: 2 }

/** Pending first, then the oldest application first. */
export function byUrgency<T extends { createdAt: Date }>(statusOf: (entry: T) => ApplicationStatus) {
  return (a: T, b: T) => ORDER[statusOf(a)] - ORDER[statusOf(b)] || a.createdAt.getTime() - b.createdAt.getTime()
}
