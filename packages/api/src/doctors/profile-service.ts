import { type TDoctorSummary, ZQualification } from '@medbook/contracts'
import { Prisma, type PrismaClient } from '@medbook/db'
import { AppError } from '../errors.js'
import { parseList } from '../patients/service.js'
import { readSettings } from '../settings/service.js'
import { nextFreeSlotSql } from './next-slot-sql.js'
import { type DoctorSummaryRow, doctorSummaryColumns, toDoctorSummary } from './summaries.js'

type ProfileRow = DoctorSummaryRow & {
  biography: string | null
  qualifications: unknown
  licenseNumber: string
  next_at: Date | null
}

/**
 * A bookable doctor's public profile, with the next free slot in the coming 14 days: one
 * statement (Prisma's select took six queries, and the slot a seventh). Specialties are listed
 * by name.
 */
export async function getDoctorProfile(db: PrismaClient, doctorId: string, now: Date) {
  const settings = await readSettings(db)
  const slotSql = nextFreeSlotSql({
    days: 14,
    earliest: new Date(now.getTime() + settings['booking.minimumNoticeMinutes'] * 60_000),
    holidays: settings['calendar.publicHolidays'],
    now,
  })
  const [row] = await db.$queryRaw<ProfileRow[]>(Prisma.sql`
    SELECT ${doctorSummaryColumns},
           d."biography", d."qualifications", d."licenseNumber",
           next.starts_at AS next_at
      FROM doctors d
      JOIN users u ON u."id" = d."userId"
      JOIN hospitals h ON h."id" = d."hospitalId"
      LEFT JOIN LATERAL (${slotSql}) next ON TRUE
     WHERE d."id" = ${doctorId}::uuid AND d."status" = 'approved'
       AND u."status" = 'active' AND u."role" = 'doctor'
       AND h."status" = 'active' AND h."verified"`)
  if (!row) throw new AppError('NOT_FOUND', 'No such doctor')
  const summary: TDoctorSummary = { ...toDoctorSummary(row), nextAvailableAt: row.next_at, distanceKm: null }
  return {
    ...summary,
    biography: row.biography,
    qualifications: parseList(ZQualification, row.qualifications),
    licenseNumber: row.licenseNumber,
    timeZone: row.hospital.timeZone,
  }
}
