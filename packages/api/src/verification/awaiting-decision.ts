import { Prisma } from '@medbook/db'

// The database's side of contracts' hospitalAwaitsDecision: the queue and the admin dashboard read
// these, so both count the same hospitals.

/** Pending, or active and not yet verified; a rejected hospital (inactive, unverified) was decided. */
export const HOSPITAL_AWAITS_DECISION = {
  OR: [{ status: 'pending' }, { status: 'active', verified: false }],
} satisfies Prisma.HospitalWhereInput

export const HOSPITAL_AWAITS_DECISION_SQL = Prisma.sql`(status = 'pending' OR (status = 'active' AND NOT verified))`
