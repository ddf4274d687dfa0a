import type { TDoctorPatient, ZDoctorPatientsInput } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import type { z } from 'zod'
import { instantToLocal } from '../availability/local-time.js'
import { AppError } from '../errors.js'
import { decodeKeysetCursor, encodeKeysetCursor } from '../pagination.js'
import { type DoctorPatientRow, doctorPatientsQuery } from './patients-sql.js'

type Input = Omit<z.input<typeof ZDoctorPatientsInput>, 'sort' | 'direction' | 'limit'> &
  Required<Pick<z.output<typeof ZDoctorPatientsInput>, 'sort' | 'direction' | 'limit'>>

/** The cursor is the position of the next page in the chosen order (sorting by aggregates leaves no key to seek). */
function offsetOf(cursor: string | undefined): number {
  if (!cursor) return 0
  const offset = Number(decodeKeysetCursor(cursor).offset)
  if (!Number.isInteger(offset) || offset < 0) {
    throw new AppError('BAD_REQUEST', 'The page cursor is not valid; start again from the first page')
  }
  return offset
}

/** The people the doctor has appointments with, one page at a time. */
export async function listDoctorPatients(db: PrismaClient, doctorId: string, input: Input, now?: Date) {
  const doctor = await db.doctor.findUnique({
    where: { id: doctorId },
    select: { hospital: { select: { timeZone: true } } },
  })
  if (!doctor) throw new AppError('NOT_FOUND', 'No such doctor')
  const offset = offsetOf(input.cursor)
  const today = instantToLocal(now ?? new Date(), doctor.hospital.timeZone).date
  const rows = await db.$queryRaw<DoctorPatientRow[]>(
    doctorPatientsQuery({
      doctorId,
      today,
      now,
      query: input.query,
      sort: input.sort,
      direction: input.direction,
      offset,
      limit: input.limit + 1,
    }),
  )
  const page = rows.slice(0, input.limit)
  const total = rows[0]?.total ?? (offset === 0 ? 0 : await countAfterEnd(db, doctorId, input, today))
  return {
    items: page.map(({ total: _total, ...row }) => row as TDoctorPatient),
    nextCursor: rows.length > input.limit ? encodeKeysetCursor({ offset: String(offset + input.limit) }) : null,
    total,
    timeZone: doctor.hospital.timeZone,
  }
}

/** A cursor past the last row (the list shrank meanwhile): the total still comes from the first page. */
async function countAfterEnd(db: PrismaClient, doctorId: string, input: Input, today: string) {
  const rows = await db.$queryRaw<DoctorPatientRow[]>(
    doctorPatientsQuery({
      doctorId,
      today,
      query: input.query,
      sort: input.sort,
      direction: input.direction,
      offset: 0,
      limit: 1,
    }),
  )
  return rows[0]?.total ?? 0
}
