import {
  type THospitalSummary,
  type TSearchHospitalsOutput,
  ZContactInfo,
  type ZSearchHospitalsInput,
} from '@medbook/contracts'
import type { Prisma, PrismaClient } from '@medbook/db'
import type { z } from 'zod'
import { distanceKmSql } from '../doctors/next-slot-sql.js'
import { AppError } from '../errors.js'
import { decodeKeysetCursor, encodeKeysetCursor } from '../pagination.js'
import { escapeLike } from '../safe-text.js'

const DAY_ORDER = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const

/** Only verified, active hospitals are ever shown to patients. */
const LISTED: Prisma.HospitalWhereInput = { status: 'active', verified: true }

const summarySelect = {
  id: true,
  name: true,
  type: true,
  street: true,
  city: true,
  state: true,
  country: true,
  postalCode: true,
  latitude: true,
  longitude: true,
  images: true,
  facilities: true,
  ratingAverage: true,
  ratingCount: true,
  specialties: { select: { specialty: { select: { id: true, name: true, nameEn: true } } } },
  operatingHours: { select: { day: true, openTime: true, closeTime: true } },
  _count: { select: { doctors: { where: { status: 'approved' } } } },
} satisfies Prisma.HospitalSelect

type SummaryRow = Prisma.HospitalGetPayload<{ select: typeof summarySelect }>

function toSummary(row: SummaryRow): THospitalSummary {
  return {
    id: row.id,
    name: row.name,
    type: row.type,
    address: {
      street: row.street,
      city: row.city,
      state: row.state,
      country: row.country,
      postalCode: row.postalCode,
      coordinates: { latitude: row.latitude, longitude: row.longitude },
    },
    images: row.images,
    facilities: row.facilities,
    ratings: { average: row.ratingAverage, count: row.ratingCount },
    specialties: row.specialties.map((link) => link.specialty).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    operatingHours: [...row.operatingHours].sort((a, b) => DAY_ORDER.indexOf(a.day) - DAY_ORDER.indexOf(b.day)),
    doctorCount: row._count.doctors,
  }
}

/** The rows after the cursor's, in the page's order. */
function afterKey(sort: 'name' | 'rating', after: Record<string, string>): Prisma.HospitalWhereInput {
  const name = after.name ?? ''
  const id = after.id ?? ''
  const byName: Prisma.HospitalWhereInput = { OR: [{ name: { gt: name } }, { name, id: { gt: id } }] }
  if (sort === 'name') return byName
  const rating = Number(after.key)
  if (!Number.isFinite(rating))
    throw new AppError('BAD_REQUEST', 'The page cursor is not valid; start again from the first page')
  return { OR: [{ ratingAverage: { lt: rating } }, { ratingAverage: rating, ...byName }] }
}

export async function searchHospitals(
  db: PrismaClient,
  input: z.output<typeof ZSearchHospitalsInput>,
): Promise<TSearchHospitalsOutput> {
  const after = input.cursor ? decodeKeysetCursor(input.cursor) : null
  const where: Prisma.HospitalWhereInput = {
    ...LISTED,
    ...(input.city ? { city: { equals: escapeLike(input.city), mode: 'insensitive' } } : {}),
    ...(input.type ? { type: input.type } : {}),
    ...(input.specialtyId ? { specialties: { some: { specialtyId: input.specialtyId } } } : {}),
    ...(input.minRating !== undefined ? { ratingAverage: { gte: input.minRating } } : {}),
    ...(input.query
      ? {
          OR: [
            { name: { contains: escapeLike(input.query), mode: 'insensitive' } },
            { street: { contains: escapeLike(input.query), mode: 'insensitive' } },
          ],
        }
      : {}),
    // keyset pagination on (name, id), or (rating desc, name, id): stable under inserts, no OFFSET scans
    ...(after?.name && after.id ? { AND: [afterKey(input.sort, after)] } : {}),
  }
  const rows = await db.hospital.findMany({
    where,
    orderBy:
      input.sort === 'rating'
        ? [{ ratingAverage: 'desc' }, { name: 'asc' }, { id: 'asc' }]
        : [{ name: 'asc' }, { id: 'asc' }],
    take: input.limit + 1,
    select: summarySelect,
  })
  const page = rows.slice(0, input.limit)
  const last = page.at(-1)
  return {
    items: page.map(toSummary),
    nextCursor:
      rows.length > input.limit && last
        ? encodeKeysetCursor({ name: last.name, id: last.id, key: String(last.ratingAverage) })
        : null,
  }
}

export async function listCities(db: PrismaClient) {
  const groups = await db.hospital.groupBy({
    by: ['city'],
    where: LISTED,
    _count: { _all: true },
    orderBy: { city: 'asc' },
  })
  return groups.map((group) => ({ city: group.city, hospitalCount: group._count._all }))
}

/** Listed hospitals within `radiusKm` of a point, nearest first. */
export async function hospitalsNear(
  db: PrismaClient,
  input: { latitude: number; longitude: number; radiusKm: number; limit: number },
) {
  const distance = distanceKmSql(input)
  const rows = await db.$queryRaw<Array<{ id: string; distance_km: number }>>`
    SELECT id, distance_km FROM (
      SELECT h.id, ${distance} AS distance_km FROM hospitals h WHERE h.status = 'active' AND h.verified
    ) ranked
    WHERE distance_km <= ${input.radiusKm}
    ORDER BY distance_km, id
    LIMIT ${input.limit}`
  const hospitals = await db.hospital.findMany({
    where: { id: { in: rows.map((row) => row.id) } },
    select: summarySelect,
  })
  const byId = new Map(hospitals.map((row) => [row.id, row]))
  return rows.flatMap((row) => {
    const hospital = byId.get(row.id)
    return hospital ? [{ ...toSummary(hospital), distanceKm: row.distance_km }] : []
  })
}

export async function getHospital(db: PrismaClient, id: string) {
  return getHospitalWhere(db, { id, ...LISTED })
}

/** The hospital whatever its status: for its own staff. */
export async function getHospitalAnyStatus(db: PrismaClient, id: string) {
  return getHospitalWhere(db, { id })
}

/** What the hospital's own staff edit: the details plus registration number and review state. */
export async function getMyHospitalProfile(db: PrismaClient, id: string) {
  const [details, own] = await Promise.all([
    getHospitalWhere(db, { id }),
    db.hospital.findUniqueOrThrow({
      where: { id },
      select: { registrationNumber: true, status: true, verified: true },
    }),
  ])
  return { ...details, ...own }
}

async function getHospitalWhere(db: PrismaClient, where: Prisma.HospitalWhereInput) {
  const row = await db.hospital.findFirst({
    where,
    select: { ...summarySelect, contactInfo: true, registrationNumber: true, timeZone: true },
  })
  if (!row) throw new AppError('NOT_FOUND', 'No such hospital')
  const contact = ZContactInfo.safeParse(row.contactInfo)
  return { ...toSummary(row), contactInfo: contact.success ? contact.data : {}, timeZone: row.timeZone }
}
