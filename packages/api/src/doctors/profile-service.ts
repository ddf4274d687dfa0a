import { type TDoctorSummary, ZQualification } from '@medbook/contracts'
import { Prisma, type PrismaClient } from '@medbook/db'
import { AppError } from '../errors.js'
import { parseList } from '../patients/service.js'
import { readSettings } from '../settings/service.js'
import { nextFreeSlotSql } from './next-slot-sql.js'
import { doctorSummarySelect, toDoctorSummary } from './summaries.js'

/** A bookable doctor's public profile, with the next free slot in the coming 14 days. */
export async function getDoctorProfile(db: PrismaClient, doctorId: string, now: Date) {
  const row = await db.doctor.findFirst({
    where: {
      id: doctorId,
      status: 'approved',
      user: { status: 'active', role: 'doctor' },
      hospital: { status: 'active', verified: true },
    },
    select: { ...doctorSummarySelect, biography: true, qualifications: true, licenseNumber: true },
  })
  if (!row) throw new AppError('NOT_FOUND', 'No such doctor')
  const settings = await readSettings(db)
  const slotSql = nextFreeSlotSql({
    days: 14,
    earliest: new Date(now.getTime() + settings['booking.minimumNoticeMinutes'] * 60_000),
    holidays: settings['calendar.publicHolidays'],
    now,
  })
  const [next] = await db.$queryRaw<Array<{ next_at: Date | null }>>(Prisma.sql`
    SELECT next.starts_at AS next_at
      FROM doctors d JOIN hospitals h ON h.id = d."hospitalId"
      LEFT JOIN LATERAL (${slotSql}) next ON TRUE
     WHERE d.id = ${doctorId}::uuid`)
  const summary: TDoctorSummary = { ...toDoctorSummary(row), nextAvailableAt: next?.next_at ?? null, distanceKm: null }
  return {
    ...summary,
    biography: row.biography,
    qualifications: parseList(ZQualification, row.qualifications),
    licenseNumber: row.licenseNumber,
    timeZone: row.hospital.timeZone,
  }
}
