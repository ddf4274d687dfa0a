import type {
  TPromotion,
  TPromotionSummary,
  TPromotionUse,
  ZCreatePromotionInput,
  ZListPromotionsInput,
  ZPromotionUsesInput,
  ZSetPromotionStatusInput,
  ZUpdatePromotionInput,
} from '@medbook/contracts'
import type { Prisma, PrismaClient } from '@medbook/db'
import type { z } from 'zod'
import { fullName } from '../appointments/present.js'
import { type ActivityActor, logActivity } from '../audit/log-activity.js'
import { isUniqueViolation } from '../db-errors.js'
import { AppError } from '../errors.js'
import { decodeKeysetCursor, encodeKeysetCursor } from '../pagination.js'
import { escapeLike } from '../safe-text.js'
import { shownPromotionStatus } from './discount.js'

type PromotionFields = z.output<typeof ZCreatePromotionInput>

const namedUser = { select: { id: true, firstName: true, lastName: true } } as const

const promotionInclude = {
  createdBy: namedUser,
  applicableServices: { select: { service: { select: { id: true, name: true } } } },
  applicableHospitals: { select: { hospital: { select: { id: true, name: true } } } },
} as const satisfies Prisma.PromotionInclude

const summaryInclude = {
  createdBy: namedUser,
  _count: { select: { applicableServices: true, applicableHospitals: true } },
} as const satisfies Prisma.PromotionInclude

type PromotionRow = Prisma.PromotionGetPayload<{ include: typeof promotionInclude }>
type SummaryRow = Prisma.PromotionGetPayload<{ include: typeof summaryInclude }>

function presentBase(row: PromotionRow | SummaryRow, now: Date) {
  const { createdBy, createdById: _createdById, ...promotion } = row
  return {
    id: promotion.id,
    code: promotion.code,
    description: promotion.description,
    discountType: promotion.discountType,
    discountValue: promotion.discountValue,
    minimumPurchase: promotion.minimumPurchase,
    maximumDiscount: promotion.maximumDiscount,
    startDate: promotion.startDate,
    endDate: promotion.endDate,
    usageLimit: promotion.usageLimit,
    usageCount: promotion.usageCount,
    perPatientLimit: promotion.perPatientLimit,
    appliesToAllServices: promotion.appliesToAllServices,
    appliesToAllHospitals: promotion.appliesToAllHospitals,
    createdBy: { id: createdBy.id, name: fullName(createdBy) },
    createdAt: promotion.createdAt,
    updatedAt: promotion.updatedAt,
    status: shownPromotionStatus(promotion, now),
  }
}

function presentPromotion(row: PromotionRow, now: Date): TPromotion {
  return {
    ...presentBase(row, now),
    services: row.applicableServices.map((entry) => entry.service).sort((a, b) => a.name.localeCompare(b.name, 'vi')),
    hospitals: row.applicableHospitals
      .map((entry) => entry.hospital)
      .sort((a, b) => a.name.localeCompare(b.name, 'vi')),
  }
}

function presentSummary(row: SummaryRow, now: Date): TPromotionSummary {
  return {
    ...presentBase(row, now),
    serviceCount: row._count.applicableServices,
    hospitalCount: row._count.applicableHospitals,
  }
}

/** The status filter as the list shows it: a code stored active whose end has passed is expired. */
function statusWhere(status: TPromotion['status'] | undefined, now: Date): Prisma.PromotionWhereInput {
  if (status === 'active') return { status: 'active', endDate: { gt: now } }
  if (status === 'expired') return { OR: [{ status: 'expired' }, { status: 'active', endDate: { lte: now } }] }
  if (status === 'disabled') return { status: 'disabled' }
  return {}
}

export async function listPromotions(db: PrismaClient, input: z.output<typeof ZListPromotionsInput>, now: Date) {
  const after = input.cursor ? decodeKeysetCursor(input.cursor) : null
  const rows = await db.promotion.findMany({
    where: {
      AND: [
        statusWhere(input.status, now),
        input.code ? { code: { contains: escapeLike(input.code.toUpperCase()) } } : {},
        after ? { id: { lt: after.id } } : {},
      ],
    },
    orderBy: { id: 'desc' },
    take: input.limit + 1,
    include: summaryInclude,
  })
  const page = rows.slice(0, input.limit)
  const last = page.at(-1)
  return {
    items: page.map((row) => presentSummary(row, now)),
    nextCursor: rows.length > input.limit && last ? encodeKeysetCursor({ id: last.id }) : null,
  }
}

export async function getPromotion(db: PrismaClient | Prisma.TransactionClient, id: string, now: Date) {
  const row = await db.promotion.findUnique({ where: { id }, include: promotionInclude })
  if (!row) throw new AppError('NOT_FOUND', 'No such promotion')
  return presentPromotion(row, now)
}

/** The services and hospitals named must exist; "all" stores no list. */
async function targetsOf(db: Prisma.TransactionClient, input: PromotionFields) {
  const serviceIds = input.appliesToAllServices ? [] : [...new Set(input.serviceIds)]
  const hospitalIds = input.appliesToAllHospitals ? [] : [...new Set(input.hospitalIds)]
  if (serviceIds.length > 0 && (await db.service.count({ where: { id: { in: serviceIds } } })) !== serviceIds.length)
    throw new AppError('BAD_REQUEST', 'A chosen service is not in the catalogue', { field: 'serviceIds' })
  if (
    hospitalIds.length > 0 &&
    (await db.hospital.count({ where: { id: { in: hospitalIds } } })) !== hospitalIds.length
  )
    throw new AppError('BAD_REQUEST', 'A chosen hospital does not exist', { field: 'hospitalIds' })
  return { serviceIds, hospitalIds }
}

function columnsOf(input: PromotionFields) {
  return {
    code: input.code,
    description: input.description?.trim() || null,
    discountType: input.discountType,
    discountValue: input.discountValue,
    minimumPurchase: input.minimumPurchase,
    maximumDiscount: input.maximumDiscount,
    startDate: input.startDate,
    endDate: input.endDate,
    usageLimit: input.usageLimit,
    perPatientLimit: input.perPatientLimit,
    appliesToAllServices: input.appliesToAllServices,
    appliesToAllHospitals: input.appliesToAllHospitals,
  }
}

function conflictOnCode(error: unknown): never {
  if (isUniqueViolation(error, 'code'))
    throw new AppError('CONFLICT', 'Another promotion already has this code', { field: 'code' })
  throw error
}

export async function createPromotion(
  db: PrismaClient,
  actor: ActivityActor & { userId: string },
  input: PromotionFields,
  now: Date,
) {
  return db
    .$transaction(async (tx) => {
      const { serviceIds, hospitalIds } = await targetsOf(tx, input)
      const created = await tx.promotion.create({
        data: {
          ...columnsOf(input),
          createdById: actor.userId,
          applicableServices: { create: serviceIds.map((serviceId) => ({ serviceId })) },
          applicableHospitals: { create: hospitalIds.map((hospitalId) => ({ hospitalId })) },
        },
        select: { id: true },
      })
      await logActivity(tx, actor, 'create_promotion', { promotionId: created.id, code: input.code })
      return getPromotion(tx, created.id, now)
    })
    .catch(conflictOnCode)
}

export async function updatePromotion(
  db: PrismaClient,
  actor: ActivityActor,
  input: z.output<typeof ZUpdatePromotionInput>,
  now: Date,
) {
  return db
    .$transaction(async (tx) => {
      // locked, so that a booking taking a use cannot slip under a lowered limit
      const [current] = await tx.$queryRaw<{ usageCount: number }[]>`
        SELECT "usageCount" FROM promotions WHERE id = ${input.id}::uuid FOR UPDATE`
      if (!current) throw new AppError('NOT_FOUND', 'No such promotion')
      if (input.usageLimit !== null && input.usageLimit < current.usageCount)
        throw new AppError('BAD_REQUEST', `The code has already been used ${current.usageCount} times`, {
          field: 'usageLimit',
          usageCount: current.usageCount,
        })
      const { serviceIds, hospitalIds } = await targetsOf(tx, input)
      await tx.promotion.update({
        where: { id: input.id },
        data: {
          ...columnsOf(input),
          applicableServices: { deleteMany: {}, create: serviceIds.map((serviceId) => ({ serviceId })) },
          applicableHospitals: { deleteMany: {}, create: hospitalIds.map((hospitalId) => ({ hospitalId })) },
        },
      })
      await logActivity(tx, actor, 'update_promotion', { promotionId: input.id, code: input.code })
      return getPromotion(tx, input.id, now)
    })
    .catch(conflictOnCode)
}

export async function setPromotionStatus(
  db: PrismaClient,
  actor: ActivityActor,
  input: z.output<typeof ZSetPromotionStatusInput>,
  now: Date,
) {
  const current = await db.promotion.findUnique({ where: { id: input.id }, select: { status: true, endDate: true } })
  if (!current) throw new AppError('NOT_FOUND', 'No such promotion')
  if (input.status === 'active' && current.endDate.getTime() <= now.getTime()) {
    throw new AppError('BAD_REQUEST', 'This promotion has ended; move its end date first', {
      field: 'endDate',
      reason: 'ended',
    })
  }
  if (current.status !== input.status) {
    await db.promotion.update({ where: { id: input.id }, data: { status: input.status } })
    await logActivity(db, actor, 'set_promotion_status', {
      promotionId: input.id,
      from: current.status,
      to: input.status,
    })
  }
  return getPromotion(db, input.id, now)
}

export async function listPromotionUses(
  db: PrismaClient,
  input: z.output<typeof ZPromotionUsesInput>,
): Promise<{ items: TPromotionUse[]; nextCursor: string | null }> {
  const promotion = await db.promotion.findUnique({ where: { id: input.promotionId }, select: { id: true } })
  if (!promotion) throw new AppError('NOT_FOUND', 'No such promotion')
  const after = input.cursor ? decodeKeysetCursor(input.cursor) : null
  const rows = await db.promotionRedemption.findMany({
    where: { promotionId: input.promotionId, ...(after ? { id: { lt: after.id } } : {}) },
    orderBy: { id: 'desc' },
    take: input.limit + 1,
    select: {
      id: true,
      appointmentId: true,
      discountAmount: true,
      status: true,
      createdAt: true,
      releasedAt: true,
      patient: { select: { id: true, user: { select: { firstName: true, lastName: true } } } },
    },
  })
  const page = rows.slice(0, input.limit)
  const last = page.at(-1)
  return {
    items: page.map(({ patient, ...use }) => ({ ...use, patient: { id: patient.id, name: fullName(patient.user) } })),
    nextCursor: rows.length > input.limit && last ? encodeKeysetCursor({ id: last.id }) : null,
  }
}
