import type { TDoctorSummary, ZSearchDoctorsInput } from '@medbook/contracts'
import { Prisma, type PrismaClient, SEARCH_DAYS } from '@medbook/db'
import type { z } from 'zod'
import { decodeKeysetCursor, encodeKeysetCursor } from '../pagination.js'
import { escapeLike } from '../safe-text.js'
import { readSettings } from '../settings/service.js'
import { coverageServes, readCoverage, utcDay } from '../slot-days/coverage.js'
import { distanceKmSql, nextFreeSlotSql, precomputedNextFreeSlotSql } from './next-slot-sql.js'
import { loadDoctorSummaries } from './summaries.js'

type Input = z.output<typeof ZSearchDoctorsInput>

function filters(input: Input): Prisma.Sql[] {
  const where: Prisma.Sql[] = [
    Prisma.sql`d.status = 'approved'`,
    Prisma.sql`u.status = 'active'`,
    Prisma.sql`u.role = 'doctor'`,
    Prisma.sql`h.status = 'active'`,
    Prisma.sql`h.verified`,
  ]
  if (input.specialtyId) {
    where.push(
      Prisma.sql`EXISTS (SELECT 1 FROM doctor_specialties ds WHERE ds."doctorId" = d.id AND ds."specialtyId" = ${input.specialtyId}::uuid)`,
    )
  }
  if (input.city) where.push(Prisma.sql`lower(h.city) = lower(${input.city})`)
  if (input.hospitalId) where.push(Prisma.sql`d."hospitalId" = ${input.hospitalId}::uuid`)
  if (input.language) where.push(Prisma.sql`${input.language.toLowerCase()} = ANY(d.languages)`)
  if (input.gender) where.push(Prisma.sql`u.gender = ${input.gender}::"Gender"`)
  if (input.feeMin !== undefined) where.push(Prisma.sql`d."consultationFee" >= ${input.feeMin}`)
  if (input.feeMax !== undefined) where.push(Prisma.sql`d."consultationFee" <= ${input.feeMax}`)
  if (input.minRating !== undefined) where.push(Prisma.sql`d."ratingAverage" >= ${input.minRating}`)
  if (input.type) {
    where.push(
      Prisma.sql`EXISTS (SELECT 1 FROM doctor_availability_slots t WHERE t."doctorId" = d.id AND t.type = ${input.type}::"ConsultationType")`,
    )
  }
  // every word of the query, folded to plain lowercase letters, somewhere in the full name
  for (const word of (input.query ?? '').split(/\s+/).filter(Boolean).slice(0, 6)) {
    where.push(
      Prisma.sql`unaccent(lower(u."lastName" || ' ' || u."firstName")) LIKE '%' || unaccent(lower(${escapeLike(word)})) || '%'`,
    )
  }
  return where
}

function sortKey(input: Input): Prisma.Sql {
  switch (input.sort) {
    case 'rating':
      return Prisma.sql`-d."ratingAverage"`
    case 'fee':
      return Prisma.sql`d."consultationFee"::float8`
    case 'distance':
      return input.near ? distanceKmSql(input.near) : Prisma.sql`0::float8`
    case 'earliest':
      return Prisma.sql`coalesce(extract(epoch FROM next.starts_at), 'infinity'::float8)`
  }
}

/**
 * Doctor search. Filters, then a keyset page on (sort key, id); the next free slot is read
 * from doctor_slot_days (computed in SQL when those do not cover the days) for every candidate
 * when sorting or filtering by it, else for the page only.
 */
export async function searchDoctors(db: PrismaClient, input: Input, now: Date) {
  const [settings, coverage] = await Promise.all([readSettings(db), readCoverage(db)])
  const slotOptions = {
    days: SEARCH_DAYS,
    onlyDate: input.availableOn,
    type: input.type,
    earliest: new Date(now.getTime() + settings['booking.minimumNoticeMinutes'] * 60_000),
    now,
  }
  // every hospital's today is within a day of the UTC day
  const searched = input.availableOn
    ? { from: input.availableOn, to: input.availableOn }
    : { from: utcDay(now, -1), to: utcDay(now, 1 + SEARCH_DAYS) }
  const slotSql = coverageServes(coverage, searched, settings['calendar.publicHolidays'])
    ? precomputedNextFreeSlotSql(slotOptions)
    : nextFreeSlotSql({ ...slotOptions, holidays: settings['calendar.publicHolidays'] })
  const needsSlotForAll = input.sort === 'earliest' || input.availableOn !== undefined
  const after = input.cursor ? decodeKeysetCursor(input.cursor) : null
  const where = filters(input)

  // the filters first, then the next free slot for the doctors they leave (the planner would
  // otherwise look up slots for every doctor of the city before the specialty filter)
  const candidates = needsSlotForAll
    ? Prisma.sql`candidates AS MATERIALIZED (
        SELECT d.id FROM doctors d
          JOIN users u ON u.id = d."userId"
          JOIN hospitals h ON h.id = d."hospitalId"
         WHERE ${Prisma.join(where, ' AND ')}),`
    : Prisma.empty
  const slotWhere = input.availableOn ? Prisma.sql`next.starts_at IS NOT NULL` : Prisma.sql`TRUE`
  const rows = await db.$queryRaw<
    Array<{ id: string; sort_key: number; next_at: Date | null; distance_km: number | null }>
  >`
    WITH ${candidates} ranked AS (
      SELECT d.id,
             ${sortKey(input)} AS sort_key,
             ${needsSlotForAll ? Prisma.sql`next.starts_at` : Prisma.sql`NULL::timestamptz`} AS next_at,
             ${input.near ? distanceKmSql(input.near) : Prisma.sql`NULL::float8`} AS distance_km
        FROM ${needsSlotForAll ? Prisma.sql`candidates c JOIN doctors d ON d.id = c.id` : Prisma.sql`doctors d`}
        JOIN users u ON u.id = d."userId"
        JOIN hospitals h ON h.id = d."hospitalId"
        ${needsSlotForAll ? Prisma.sql`LEFT JOIN LATERAL (${slotSql}) next ON TRUE` : Prisma.empty}
       WHERE ${needsSlotForAll ? slotWhere : Prisma.join(where, ' AND ')}
    )
    SELECT id, sort_key, next_at, distance_km FROM ranked
     WHERE ${after?.id ? Prisma.sql`(sort_key, id) > (${Number(after.key)}::float8, ${after.id}::uuid)` : Prisma.sql`TRUE`}
     ORDER BY sort_key, id
     LIMIT ${input.limit + 1}`

  const page = rows.slice(0, input.limit)
  let nextAt = new Map(page.map((row) => [row.id, row.next_at]))
  if (!needsSlotForAll && page.length > 0) {
    const slots = await db.$queryRaw<Array<{ id: string; next_at: Date | null }>>`
      SELECT d.id, next.starts_at AS next_at
        FROM doctors d JOIN hospitals h ON h.id = d."hospitalId"
        LEFT JOIN LATERAL (${slotSql}) next ON TRUE
       WHERE d.id = ANY(${page.map((row) => row.id)}::uuid[])`
    nextAt = new Map(slots.map((row) => [row.id, row.next_at]))
  }
  const summaries = await loadDoctorSummaries(
    db,
    page.map((row) => row.id),
  )
  const items: TDoctorSummary[] = page.flatMap((row) => {
    const summary = summaries.get(row.id)
    return summary ? [{ ...summary, nextAvailableAt: nextAt.get(row.id) ?? null, distanceKm: row.distance_km }] : []
  })
  const last = page.at(-1)
  return {
    items,
    nextCursor:
      rows.length > input.limit && last ? encodeKeysetCursor({ key: String(last.sort_key), id: last.id }) : null,
  }
}
