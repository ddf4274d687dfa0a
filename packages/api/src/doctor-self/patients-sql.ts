import type { ZDoctorPatientSort } from '@medbook/contracts'
import { Prisma } from '@medbook/db'
import type { z } from 'zod'
import { escapeLike } from '../safe-text.js'

export interface DoctorPatientsQuery {
  doctorId: string
  /** the doctor's hospital's calendar day, for ages */
  today: string
  /** the instant after which a scheduled appointment is still to come; the database's now() by default */
  now?: Date
  query?: string
  sort: z.infer<typeof ZDoctorPatientSort>
  direction: 'asc' | 'desc'
  offset: number
  limit: number
}

export interface DoctorPatientRow {
  patientId: string
  familyMemberId: string | null
  name: string
  gender: 'male' | 'female' | 'other' | null
  age: number | null
  relationship: string | null
  bookedBy: string | null
  lastVisitAt: Date | null
  nextVisitAt: Date | null
  visits: number
  total: number
}

/** Sort keys; age sorts by birth date, the other way round. */
const SORT_COLUMNS = {
  name: { column: Prisma.sql`name`, flip: false },
  age: { column: Prisma.sql`"dateOfBirth"`, flip: true },
  lastVisit: { column: Prisma.sql`"lastVisitAt"`, flip: false },
  nextVisit: { column: Prisma.sql`"nextVisitAt"`, flip: false },
  visits: { column: Prisma.sql`visits`, flip: false },
} as const

/**
 * The people a doctor has appointments with that stand (scheduled, completed, no-show): the
 * account holder, or each family member they booked for, as rows of their own. One page, in
 * the chosen order, with the number of matching people. Reads the doctor's appointments through
 * appointments (doctorId, startsAt). Also explained by apps/api/bench/dashboard-explain.ts.
 */
export function doctorPatientsQuery(input: DoctorPatientsQuery): Prisma.Sql {
  const words = (input.query ?? '').split(/\s+/).filter(Boolean).slice(0, 6)
  const match = words.length
    ? Prisma.sql`WHERE ${Prisma.join(
        words.map((word) => Prisma.sql`unaccent(lower(name)) LIKE '%' || unaccent(lower(${escapeLike(word)})) || '%'`),
        ' AND ',
      )}`
    : Prisma.empty
  const sort = SORT_COLUMNS[input.sort]
  const ascending = (input.direction === 'asc') !== sort.flip
  const order = Prisma.raw(ascending ? 'ASC NULLS LAST' : 'DESC NULLS LAST')
  const now = input.now ? Prisma.sql`${input.now}::timestamptz` : Prisma.sql`now()`
  return Prisma.sql`
    WITH seen AS (
      SELECT "patientId", "familyMemberId",
             max("startsAt") FILTER (WHERE status = 'completed') AS "lastVisitAt",
             min("startsAt") FILTER (WHERE status = 'scheduled' AND "startsAt" >= ${now}) AS "nextVisitAt",
             count(*) FILTER (WHERE status = 'completed')::int AS visits
        FROM appointments
       WHERE "doctorId" = ${input.doctorId}::uuid AND status IN ('scheduled', 'completed', 'no_show')
       GROUP BY 1, 2
    ), people AS (
      SELECT s.*,
             CASE WHEN fm.id IS NULL THEN u."lastName" || ' ' || u."firstName"
                  ELSE fm."lastName" || ' ' || fm."firstName" END AS name,
             CASE WHEN fm.id IS NULL THEN u.gender ELSE fm.gender END::text AS gender,
             CASE WHEN fm.id IS NULL THEN u."dateOfBirth" ELSE fm."dateOfBirth" END AS "dateOfBirth",
             fm.relationship::text AS relationship,
             CASE WHEN fm.id IS NULL THEN NULL ELSE u."lastName" || ' ' || u."firstName" END AS "bookedBy"
        FROM seen s
        JOIN patients p ON p.id = s."patientId"
        JOIN users u ON u.id = p."userId"
        LEFT JOIN family_members fm ON fm.id = s."familyMemberId"
    )
    SELECT "patientId", "familyMemberId", name, gender, relationship, "bookedBy", "lastVisitAt", "nextVisitAt", visits,
           extract(year FROM age(${input.today}::date, "dateOfBirth"))::int AS age,
           count(*) OVER ()::int AS total
      FROM people
      ${match}
     ORDER BY ${sort.column} ${order}, name ASC, "patientId", "familyMemberId" NULLS FIRST
     OFFSET ${input.offset} LIMIT ${input.limit}`
}
