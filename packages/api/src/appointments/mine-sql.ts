import { Prisma, type PrismaClient } from '@medbook/db'
import type { AppointmentRow } from './present.js'

export interface MyAppointmentsQuery {
  patientId: string
  upcoming: boolean
  now: Date
  /** keyset: the last row of the previous page */
  after: { startsAt: Date; id: string } | null
  take: number
}

/**
 * A patient's appointments page in one statement, the rows `appointmentSelect` describes (so
 * toAppointment presents them). Prisma loads that select with one query per relation, eleven
 * round trips per page; this is the hottest authenticated read (issue 12). "Upcoming" is
 * upcomingWhere: scheduled and not over.
 */
export async function findMyAppointments(db: PrismaClient, query: MyAppointmentsQuery): Promise<AppointmentRow[]> {
  const upcoming = Prisma.sql`(a."status" = 'scheduled' AND a."endsAt" >= ${query.now})`
  const after = query.after
  const cursor = !after
    ? Prisma.empty
    : query.upcoming
      ? Prisma.sql`AND (a."startsAt" > ${after.startsAt} OR (a."startsAt" = ${after.startsAt} AND a."id" > ${after.id}::uuid))`
      : Prisma.sql`AND (a."startsAt" < ${after.startsAt} OR (a."startsAt" = ${after.startsAt} AND a."id" < ${after.id}::uuid))`
  const order = query.upcoming ? Prisma.sql`a."startsAt" ASC, a."id" ASC` : Prisma.sql`a."startsAt" DESC, a."id" DESC`
  return db.$queryRaw<AppointmentRow[]>(Prisma.sql`
    SELECT a."id", a."status"::text AS "status", a."type"::text AS "type", a."appointmentDate", a."startsAt",
           a."endsAt", a."queueNumber", a."reasonForVisit", coalesce(a."symptoms", '{}') AS "symptoms", a."notes",
           a."cancelledBy"::text AS "cancelledBy", a."cancellationReason", a."paymentStatus"::text AS "paymentStatus",
           a."holdExpiresAt", a."rescheduledFromId", a."createdAt", a."patientId", a."doctorId", a."hospitalId",
           a."subtotalAmount", a."discountAmount", a."totalAmount",
           json_build_object('id', d."id", 'consultationFee', d."consultationFee",
             'user', json_build_object('firstName', du."firstName", 'lastName', du."lastName")) AS "doctor",
           json_build_object('id', h."id", 'name', h."name", 'street', h."street", 'city', h."city",
             'timeZone', h."timeZone") AS "hospital",
           json_build_object('id', p."id",
             'user', json_build_object('firstName', pu."firstName", 'lastName', pu."lastName")) AS "patient",
           CASE WHEN f."id" IS NULL THEN NULL ELSE json_build_object('id', f."id", 'firstName', f."firstName",
             'lastName', f."lastName", 'relationship', f."relationship") END AS "familyMember",
           coalesce((SELECT json_agg(json_build_object('kind', c."kind", 'description', c."description",
                       'hospitalServiceId', c."hospitalServiceId", 'amount', c."amount") ORDER BY c."position")
                       FROM appointment_charges c WHERE c."appointmentId" = a."id"), '[]') AS "charges",
           (SELECT json_build_object('status', r."status", 'promotion', json_build_object('code', pr."code"))
              FROM promotion_redemptions r JOIN promotions pr ON pr."id" = r."promotionId"
             WHERE r."appointmentId" = a."id") AS "redemption",
           coalesce((SELECT json_agg(latest) FROM (
                       SELECT y."id", y."status", y."paymentMethod", y."amount", y."refundAmount", y."receiptUrl"
                         FROM payments y WHERE y."appointmentId" = a."id"
                        ORDER BY y."paymentDate" DESC NULLS LAST, y."createdAt" DESC LIMIT 1) latest), '[]') AS "payments"
      FROM appointments a
      JOIN doctors d ON d."id" = a."doctorId"
      JOIN users du ON du."id" = d."userId"
      JOIN hospitals h ON h."id" = a."hospitalId"
      JOIN patients p ON p."id" = a."patientId"
      JOIN users pu ON pu."id" = p."userId"
      LEFT JOIN family_members f ON f."id" = a."familyMemberId"
     WHERE a."patientId" = ${query.patientId}::uuid
       AND ${query.upcoming ? upcoming : Prisma.sql`NOT ${upcoming}`}
       ${cursor}
     ORDER BY ${order}
     LIMIT ${query.take}`)
}
