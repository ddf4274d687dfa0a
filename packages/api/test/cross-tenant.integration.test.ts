import { randomUUID } from 'node:crypto'
import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { getHTTPStatusCodeFromError } from '@trpc/server/http'
import superjson from 'superjson'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { instantToLocal, shiftDate } from '../src/availability/local-time.js'
import { appRouter, createServices, defaultApiConfig } from '../src/index.js'
import { callerFor } from './support/callers.js'
import { buildForeignTenant, type ForeignTenant } from './support/foreign-tenant.js'
import { freeSlotDispenser, openAllWeek, testSettings } from './support/schedule.js'
import { buildWorld, unique, VISIT_PRICE, type World } from './support/world.js'

/**
 * Issue 13 item 25: every procedure that takes an id, called by patient P1, hospital A's staff
 * and doctor, and anonymously, with each real id of the other tenant (hospital B and patient
 * P2) in each of its id fields, the other fields valid. Nothing answers 5xx; nothing answered
 * (data or error) carries a private value of the other tenant; and no row of the other tenant
 * changes (rows the caller itself owns, such as its own booking with doctor B, aside).
 */
const ACTORS = ['anonymous', 'patient', 'staff', 'doctor'] as const
type Actor = (typeof ACTORS)[number]

interface Def {
  type: string
  shape?: Record<string, z.ZodType>
  innerType?: z.ZodType
  in?: z.ZodType
  element?: z.ZodType
  options?: z.ZodType[]
  format?: string
  checks?: Array<{ _zod: { def: { check: string; format?: string } } }>
}
const defOf = (schema: z.ZodType) => (schema as unknown as { _zod: { def: Def } })._zod.def

/**
 * Paths of the fields that hold an id: uuid strings, strings named `id` or `…Id`, and image
 * addresses (`url`, `urls`: hospital staff name their images by address); `[]` is an array's element.
 */
function idFields(schema: z.ZodType, path: string[] = []): string[][] {
  const def = defOf(schema)
  switch (def.type) {
    case 'object':
      return Object.entries(def.shape ?? {}).flatMap(([key, child]) => idFields(child, [...path, key]))
    case 'optional':
    case 'default':
    case 'prefault':
    case 'nullable':
    case 'readonly':
    case 'catch':
    case 'nonoptional':
      return idFields(def.innerType as z.ZodType, path)
    case 'pipe':
      return idFields(def.in as z.ZodType, path)
    case 'array':
      return idFields(def.element as z.ZodType, [...path, '[]'])
    case 'union': {
      const seen = new Map<string, string[]>()
      for (const option of def.options ?? []) for (const p of idFields(option, path)) seen.set(p.join('.'), p)
      return [...seen.values()]
    }
    case 'string': {
      const format = def.format ?? def.checks?.map((c) => c._zod.def).find((c) => c.check === 'string_format')?.format
      const name = path.filter((p) => p !== '[]').at(-1) ?? ''
      // realtime.events' lastEventId is the caller's own event number (digits), not a row's id
      const named =
        (name === 'id' || name.endsWith('Id') || name === 'url' || name === 'urls') && name !== 'lastEventId'
      return format === 'uuid' || format === 'guid' || named ? [path] : []
    }
    default:
      return []
  }
}

/** `input` with `value` at `path` (an array's element becomes a one-element array) */
function withValue(input: unknown, path: string[], value: string): unknown {
  const [head, ...rest] = path
  if (head === undefined) return value
  if (head === '[]') return [withValue(undefined, rest, value)]
  const object = (input ?? {}) as Record<string, unknown>
  return { ...object, [head]: withValue(object[head], rest, value) }
}

const today = (days = 0) => shiftDate(instantToLocal(new Date(), 'Asia/Ho_Chi_Minh').date, days)

let db: Database
let world: World
let tenant: ForeignTenant
/** a second doctor of hospital A, the one whose deactivation is attempted */
let spareDoctorId: string
/** a free slot of hospital A's doctor that no call of this test has been given */
const freeSlotOfDoctorA = freeSlotDispenser(
  () => db.prisma,
  () => world.doctor.id,
  30,
)

/**
 * A valid input of each procedure that takes an id, on the caller's own side (hospital A,
 * its doctor, patient P1), into which the other tenant's ids are put one field at a time.
 * `field` is the field about to be replaced, for inputs that are one of several shapes.
 */
type BaseInput = (field: string) => unknown | Promise<unknown>
const BASE: Record<string, BaseInput> = {
  'sessions.revoke': async () => ({ id: await world.sessionIdOfPatient() }),
  'apiKeys.revoke': async () => ({ id: (await world.apiKeyOfPatient()).id }),
  'patients.addFavoriteDoctor': () => ({ doctorId: world.doctor.id }),
  'patients.removeFavoriteDoctor': () => ({ doctorId: world.doctor.id }),
  'family.update': async () => ({ id: (await world.familyMemberOfPatient()).id, firstName: 'Đổi' }),
  'family.remove': async () => ({ id: (await world.familyMemberOfPatient()).id }),
  'invitations.revoke': async () => ({ id: (await world.invitationOfHospitalA()).id }),
  'admin.setUserStatus': async () => ({ userId: (await world.throwawayUser()).id, status: 'inactive' }),
  'admin.changeRole': async () => ({
    userId: (await world.throwawayUser()).id,
    role: 'hospital',
    hospitalId: world.hospitalA.id,
    reason: 'Chuyển vai trò',
  }),
  'admin.activityLogs': () => ({ userId: world.users.patient.id, limit: 5 }),
  'verification.decideHospital': () => ({ hospitalId: world.hospitalA.id, approve: true }),
  'verification.decideDoctor': () => ({ doctorId: world.doctor.id, approve: true }),
  'verification.documents': (field) =>
    field === 'hospitalId' ? { hospitalId: world.hospitalA.id } : { doctorId: world.doctor.id },
  'verification.deleteDocument': async () => ({
    id: (
      await db.prisma.verificationDocument.create({
        data: {
          ownerUserId: world.users.doctor.id,
          doctorId: world.doctor.id,
          fileName: 'licence.pdf',
          mimeType: 'application/pdf',
          sizeBytes: 10,
          storageKey: `verification/${unique('key')}`,
        },
      })
    ).id,
  }),
  'myHospital.updateProfile': () => ({ specialtyIds: [world.specialty.id] }),
  'myHospital.setService': async () => {
    const service = await db.prisma.service.upsert({
      where: { name: 'Khám tổng quát' },
      create: { name: 'Khám tổng quát', category: 'consultation', basePrice: 200_000 },
      update: {},
    })
    return { serviceId: service.id, price: 220_000 }
  },
  'myHospital.updateDoctor': () => ({ doctorId: world.doctor.id, specialtyIds: [world.specialty.id] }),
  'myHospital.deactivationPreview': () => ({ doctorId: world.doctor.id }),
  'myHospital.deactivateDoctor': (field) =>
    field === 'reassignToDoctorId'
      ? { doctorId: spareDoctorId, futureAppointments: 'reassign', reassignToDoctorId: world.doctor.id, reason: 'Nghỉ' }
      : { doctorId: spareDoctorId, futureAppointments: 'cancel', reason: 'Nghỉ việc' },
  'myHospital.reactivateDoctor': () => ({ doctorId: world.doctor.id }),
  'catalogue.hospitalServices': () => ({ hospitalId: world.hospitalA.id }),
  'catalogue.saveService': () => ({ name: unique('Xét nghiệm'), category: 'test', basePrice: 90_000 }),
  'catalogue.saveSpecialty': () => ({ name: unique('Chuyên khoa'), nameEn: unique('Specialty') }),
  'availability.slots': () => ({ doctorId: world.doctor.id, from: today(), to: today(7) }),
  'appointments.book': async () => ({
    doctorId: world.doctor.id,
    startsAt: await freeSlotOfDoctorA(),
    type: 'in_person',
  }),
  'appointments.get': async () => ({ id: (await world.appointmentOfPatient()).id }),
  'appointments.reschedule': async () => ({
    appointmentId: (await world.appointmentOfPatient()).id,
    startsAt: await freeSlotOfDoctorA(),
  }),
  'appointments.cancel': async () => ({
    appointmentId: (await world.appointmentOfPatient()).id,
    reason: 'Không thể đến',
  }),
  'appointments.bookWalkIn': async () => ({
    doctorId: world.doctor.id,
    startsAt: await freeSlotOfDoctorA(),
    phoneNumber: `09${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
    firstName: 'Vãng',
    lastName: 'Lai',
  }),
  'appointments.markCompleted': async () => ({ id: (await world.appointmentOfPatient('past')).id }),
  'appointments.markNoShow': async () => ({ id: (await world.appointmentOfPatient('past')).id }),
  'waitlist.join': () => ({ doctorId: world.doctor.id, date: today(5) }),
  'waitlist.leave': async () => ({ id: (await world.waitlistEntryOfPatient()).id }),
  'waitlist.claim': async () => ({ id: (await world.waitlistEntryOfPatient()).id }),
  'schedule.appointments': () => ({ from: today(), to: today(1), doctorId: world.doctor.id }),
  'doctorSchedules.get': () => ({ doctorId: world.doctor.id }),
  'doctorSchedules.setWeeklySlots': () => ({
    doctorId: world.doctor.id,
    slots: [{ day: 'monday', startTime: '08:00', endTime: '08:30', type: 'in_person' }],
    onlineHours: [],
  }),
  'doctorSchedules.addException': () => ({ doctorId: world.doctor.id, date: today(90) }),
  'doctorSchedules.removeException': async () => ({
    id: (
      await db.prisma.scheduleException.create({
        data: { hospitalId: world.hospitalA.id, doctorId: world.doctor.id, date: new Date('2031-01-01T00:00:00Z') },
      })
    ).id,
  }),
  'myHospital.removeImage': () => ({ url: 'https://images.example/hospital-a.jpg' }),
  'myHospital.reorderImages': () => ({ urls: ['https://images.example/hospital-a.jpg'] }),
  'payments.quote': () => ({ doctorId: world.doctor.id, type: 'in_person', hospitalServiceIds: [] }),
  'payments.start': async () => ({ appointmentId: (await world.appointmentOfPatient()).id, method: 'bank_transfer' }),
  'payments.get': async () => ({ id: (await world.paymentOfPatient()).id }),
  'payments.refundPreview': async () => ({ appointmentId: (await world.appointmentOfPatient()).id }),
  'payments.list': () => ({ hospitalId: world.hospitalA.id }),
  'payments.recordDesk': async () => ({
    appointmentId: (await world.appointmentOfPatient()).id,
    method: 'cash',
    amount: VISIT_PRICE,
  }),
  'payments.confirmTransfer': async () => ({ id: (await world.paymentOfPatient('pending_transfer')).id }),
  'payments.refund': async () => ({
    paymentId: (await world.paymentOfPatient()).id,
    amount: 1_000,
    reason: 'Hoàn tiền thử',
    idempotencyKey: unique('cross-refund'),
  }),
  'payments.completeManualRefund': async () => {
    const payment = await world.paymentOfPatient()
    const refund = await db.prisma.paymentRefund.create({
      data: {
        paymentId: payment.id,
        amount: 1_000,
        reason: 'Hủy lịch',
        kind: 'policy',
        requestReference: unique('RF').replace(/[^A-Za-z0-9]/g, ''),
      },
    })
    return { id: refund.id }
  },
  'payments.totals': () => ({ hospitalId: world.hospitalA.id }),
  'reviews.published': () => ({ targetType: 'doctor', targetId: world.doctor.id }),
  'reviews.eligibility': async () => ({ appointmentId: (await world.appointmentOfPatient('past')).id }),
  'reviews.create': async () => ({
    appointmentId: (await world.appointmentOfPatient('past')).id,
    targetType: 'doctor',
    rating: 5,
  }),
  'reviews.report': async () => ({ id: (await reviewOfPatient()).id, reason: 'Không đúng sự thật' }),
  'reviews.markHelpful': async () => ({ id: (await reviewOfPatient()).id, helpful: true }),
  'reviews.respond': async () => ({ id: (await reviewOfPatient()).id, text: 'Cảm ơn anh/chị' }),
  'reviews.moderate': async () => ({ id: (await reviewOfPatient()).id, decision: 'approve' }),
  'medicalRecords.get': async () => ({ id: (await recordOfPatient()).id }),
  'medicalRecords.history': async () => ({ id: (await recordOfPatient()).id }),
  'medicalRecords.share': async () => ({ id: (await recordOfPatient()).id }),
  'medicalRecords.amend': async () => ({
    id: (await recordOfPatient()).id,
    content: { diagnosis: [{ text: 'Viêm họng cấp', code: 'J02.9' }], labTests: [{ name: 'CRP', fileIds: [] }] },
    reason: 'Sửa chẩn đoán',
  }),
  'medicalRecords.forAppointment': async () => ({ appointmentId: (await world.appointmentOfPatient('past')).id }),
  'medicalRecords.saveDraft': async () => ({
    appointmentId: (await world.appointmentOfPatient('past')).id,
    content: { diagnosis: [{ text: 'Viêm họng cấp', code: 'J02.9' }], labTests: [{ name: 'CRP', fileIds: [] }] },
  }),
  'medicalRecords.chart': () => ({ patientId: world.patient.id }),
  'medicalRecords.mine': () => ({ person: 'self' }),
  'conversations.start': async (field) =>
    field === 'userId'
      ? { with: 'user', userId: world.users.patient.id }
      : { with: 'desk', appointmentId: (await world.appointmentOfPatient('past')).id },
  'conversations.get': async () => ({ conversationId: (await deskConversationOfPatient()).conversation.id }),
  'conversations.messages': async () => ({ conversationId: (await deskConversationOfPatient()).conversation.id }),
  // a client message id is the sender's own random UUID, looked up only among the sender's messages;
  // an id of the other tenant put there is sent to a conversation none of these callers is in, so
  // no row of this side is written holding it (conversations.integration covers a reused id)
  'conversations.send': async (field) => ({
    conversationId:
      field === 'clientMessageId'
        ? (await supportConversation()).id
        : (await deskConversationOfPatient()).conversation.id,
    clientMessageId: randomUUID(),
    content: 'Xin chào',
    attachmentIds: [],
  }),
  'conversations.markRead': async () => {
    const { conversation, message } = await deskConversationOfPatient()
    return { conversationId: conversation.id, upToMessageId: message.id }
  },
  'conversations.assign': async () => ({
    conversationId: (await deskConversationOfPatient()).conversation.id,
    assigneeUserId: world.users.staff.id,
  }),
  'conversations.archive': async () => ({
    conversationId: (await deskConversationOfPatient()).conversation.id,
    archived: true,
  }),
  'notifications.markRead': async () => ({
    ids: [
      (
        await db.prisma.notification.create({
          data: {
            recipientId: world.users.patient.id,
            recipientRole: 'patient',
            type: 'system',
            title: 'Thông báo / Notice',
            message: 'Của P1',
          },
        })
      ).id,
    ],
  }),
  'notifications.deliveryFailures': async () => ({ appointmentIds: [(await world.appointmentOfPatient()).id] }),
  'hospitals.search': () => ({ specialtyId: world.specialty.id, limit: 5 }),
  'hospitals.get': () => ({ id: world.hospitalA.id }),
  'doctors.search': () => ({ specialtyId: world.specialty.id, hospitalId: world.hospitalA.id, limit: 5 }),
  'doctors.get': () => ({ id: world.doctor.id }),
  'promotions.get': async () => ({ id: (await promotionOfAdmin()).id }),
  'promotions.create': () => promotionInput(),
  'promotions.update': async () => ({ ...promotionInput(), id: (await promotionOfAdmin()).id }),
  'promotions.setStatus': async () => ({ id: (await promotionOfAdmin()).id, status: 'disabled' }),
  'promotions.uses': async () => ({ promotionId: (await promotionOfAdmin()).id }),
  'promotions.check': () => ({ code: 'KHONGCOMA', doctorId: world.doctor.id, hospitalServiceIds: [] }),
}

/** hospital A's doctor's review by P1 of a past visit, published, new each call */
async function reviewOfPatient() {
  const visit = await world.appointmentOfPatient('past')
  return db.prisma.review.create({
    data: {
      patientId: world.patient.id,
      appointmentId: visit.id,
      targetType: 'doctor',
      doctorId: world.doctor.id,
      rating: 4,
      status: 'approved',
      isApproved: true,
    },
  })
}

/** P1's conversation with hospital A's desk about a new visit, with P1's first message, new each call */
async function deskConversationOfPatient() {
  const visit = await world.appointmentOfPatient('past')
  const conversation = await db.prisma.conversation.create({
    data: {
      hospitalId: world.hospitalA.id,
      appointmentId: visit.id,
      participants: { create: [{ userId: world.users.patient.id, role: 'patient' }] },
    },
  })
  const message = await db.prisma.message.create({
    data: {
      conversationId: conversation.id,
      senderId: world.users.patient.id,
      senderRole: 'patient',
      content: 'Chào quầy',
    },
  })
  return { conversation, message }
}

/** an administrator's support conversation with a user of no tenant here, new each call */
async function supportConversation() {
  const user = await world.throwawayUser()
  return db.prisma.conversation.create({
    data: {
      participants: {
        create: [
          { userId: world.users.admin.id, role: 'admin' },
          { userId: user.id, role: 'patient' },
        ],
      },
    },
  })
}

/** hospital A's doctor's shared record of a past visit of P1, new each call */
async function recordOfPatient() {
  const visit = await world.appointmentOfPatient('past')
  return db.prisma.medicalRecord.create({
    data: {
      patientId: world.patient.id,
      doctorId: world.doctor.id,
      hospitalId: world.hospitalA.id,
      appointmentId: visit.id,
      diagnosis: ['Viêm họng cấp'],
      diagnosisCodes: ['J02.9'],
      isSharedWithPatient: true,
      sharedAt: new Date(),
    },
  })
}

/** a promotion's fields; its ids are only parsed here (no caller of this test is an administrator) */
function promotionInput() {
  return {
    code: unique('CT')
      .replace(/[^A-Za-z0-9-]/g, '')
      .slice(0, 32),
    discountType: 'fixed' as const,
    discountValue: 10_000,
    startDate: new Date(Date.now() - 86_400_000),
    endDate: new Date(Date.now() + 30 * 86_400_000),
    appliesToAllServices: false,
    serviceIds: [world.specialty.id],
    appliesToAllHospitals: false,
    hospitalIds: [world.hospitalA.id],
  }
}

function promotionOfAdmin() {
  const { serviceIds: _s, hospitalIds: _h, ...columns } = promotionInput()
  return db.prisma.promotion.create({
    data: { ...columns, appliesToAllServices: true, appliesToAllHospitals: true, createdById: world.users.admin.id },
  })
}

interface ProcedureDef {
  type: 'query' | 'mutation' | 'subscription'
  inputs: z.ZodType[]
}
const procedures = Object.entries(appRouter._def.procedures as unknown as Record<string, { _def: ProcedureDef }>)
  .map(([path, procedure]) => ({
    path,
    ...procedure._def,
    fields: procedure._def.inputs[0] ? idFields(procedure._def.inputs[0]) : [],
  }))
  .filter((procedure) => procedure.fields.length > 0)

describe('cross-tenant: every procedure taking an id, given the other tenant’s real ids', () => {
  const callers = new Map<Actor, Record<string, unknown>>()
  let tables: string[]

  /**
   * Per table, a digest of the other tenant's rows: those holding any of its ids, except P1's
   * own rows that hold only its public ids (P1 may book, favour and wait for doctor B). Hospital
   * A's staff and doctor have no business writing any row that names hospital B or its doctor.
   */
  const foreignRows = async () => {
    const own = [world.users.patient.id, world.patient.id].join('|')
    const foreign = Object.values(tenant.ids).join('|')
    const privateIds = Object.values(tenant.ids)
      .filter((id) => !tenant.publicIds.includes(id))
      .join('|')
    const parts = tables.map(
      (table) =>
        `SELECT '${table}' AS t, md5(coalesce(string_agg(r::text, '|' ORDER BY r::text), '')) AS h
           FROM "${table}" r WHERE r::text ~ $1 AND (r::text !~ $2 OR r::text ~ $3)`,
    )
    const rows = await db.prisma.$queryRawUnsafe<Array<{ t: string; h: string }>>(
      parts.join(' UNION ALL '),
      foreign,
      own,
      privateIds,
    )
    return Object.fromEntries(rows.map((row) => [row.t, row.h]))
  }

  beforeAll(async () => {
    db = await createTestDatabase()
    world = await buildWorld(db.prisma)
    await openAllWeek(db.prisma, world.hospitalA.id, world.doctor.id)
    await testSettings(db.prisma)
    tenant = await buildForeignTenant(db.prisma, world)
    await db.prisma.hospital.update({
      where: { id: world.hospitalA.id },
      data: { images: ['https://images.example/hospital-a.jpg'] },
    })
    const spareUser = await db.prisma.user.create({
      data: { role: 'doctor', email: `${unique('spare')}@world.test`, firstName: 'Dự', lastName: 'Phòng' },
    })
    spareDoctorId = (
      await db.prisma.doctor.create({
        data: {
          userId: spareUser.id,
          hospitalId: world.hospitalA.id,
          licenseNumber: unique('LIC'),
          consultationFee: 1,
          status: 'approved',
        },
      })
    ).id
    tables = (
      await db.prisma.$queryRaw<Array<{ table_name: string }>>`
        SELECT table_name FROM information_schema.tables
         WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'
         ORDER BY table_name`
    ).map((row) => row.table_name)
    const services = createServices(defaultApiConfig())
    for (const actor of ACTORS) {
      const token = actor === 'anonymous' ? undefined : await world.sessionFor(world.users[actor].id)
      callers.set(actor, (await callerFor(db.prisma, services, token, `10.0.1.${ACTORS.indexOf(actor) + 1}`)) as never)
    }
  })
  afterAll(async () => {
    await db?.close()
  })

  it('finds the procedures that take an id, and has a valid input on the caller’s own side for each', async () => {
    expect(procedures.length).toBeGreaterThan(40)
    expect(procedures.map((p) => p.path).filter((path) => !BASE[path])).toEqual([])
    for (const { path, inputs, fields } of procedures) {
      for (const field of fields) {
        const base = await BASE[path]?.(field.join('.'))
        expect(inputs[0]?.safeParse(base).error, `${path} (${field.join('.')})`).toBeUndefined()
      }
    }
  })

  it('the other tenant carries private values and real ids of every kind', () => {
    expect(tenant.privateMarkers.length).toBeGreaterThan(40)
    expect(Object.keys(tenant.ids).length).toBeGreaterThan(25)
  })

  for (const { path, type, inputs, fields } of procedures) {
    it(`${path}: never 5xx, never the other tenant’s private data, never a change to its rows`, async () => {
      const schema = inputs[0] as z.ZodType
      const procedure = (actor: Actor) =>
        path.split('.').reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], callers.get(actor)) as (
          input: unknown,
        ) => Promise<unknown>
      const problems: string[] = []
      let reached = 0
      const before = type === 'mutation' ? await foreignRows() : null
      for (const field of fields) {
        // one input per field, shared by every call: a refused call changes nothing it holds
        const base = await BASE[path]?.(field.join('.'))
        for (const [kind, id] of Object.entries(tenant.ids)) {
          const input = withValue(base, field, id)
          // ids of a kind the field cannot hold are refused by its schema: no handler is reached
          const parsed = schema.safeParse(input)
          if (!parsed.success || !JSON.stringify(parsed.data).includes(id)) continue
          reached += 1
          for (const actor of ACTORS) {
            const where = `${actor} ${field.join('.')}=${kind}`
            const answer = await procedure(actor)(input).then(
              (data) => ({ status: 200, text: JSON.stringify(superjson.serialize(data)) }),
              (error: Parameters<typeof getHTTPStatusCodeFromError>[0] & { cause?: { details?: unknown } }) => ({
                status: getHTTPStatusCodeFromError(error),
                text: `${error.message} ${JSON.stringify(error.cause?.details ?? null)}`,
              }),
            )
            if (answer.status >= 500 || answer.status === 429)
              problems.push(`${where}: ${answer.status} ${answer.text}`)
            const leaked = tenant.privateMarkers.filter((marker) => answer.text.includes(marker))
            if (leaked.length > 0) problems.push(`${where}: ${answer.status} leaked ${leaked.join(', ')}`)
          }
        }
      }
      if (before) {
        const after = await foreignRows()
        const changed = tables.filter((table) => before[table] !== after[table])
        if (changed.length > 0) problems.push(`changed the other tenant's ${changed.join(', ')}`)
      }
      expect(reached, 'no id of the other tenant fits this procedure').toBeGreaterThan(0)
      expect(problems).toEqual([])
    })
  }

  // last: it ends with P2 booked at hospital A, which makes P2 a patient hospital A may see
  it('a phone number alone does not open the other tenant’s patient to hospital A’s desk', async () => {
    const staff = callers.get('staff') as unknown as Awaited<ReturnType<typeof callerFor>>
    for (const person of tenant.people) {
      for (const phoneNumber of [person.phoneNumber, `0${person.phoneNumber.slice(3)}`]) {
        const attempt = staff.appointments.bookWalkIn({
          doctorId: world.doctor.id,
          startsAt: await freeSlotOfDoctorA(),
          phoneNumber,
          firstName: 'Văn Nam',
          lastName: 'Trần',
        })
        const refusal = await attempt.then(
          () => null,
          (error: { code: string; message: string; cause?: { details?: unknown } }) => error,
        )
        expect(refusal).toMatchObject({ code: 'CONFLICT', cause: { details: { reason: 'name_mismatch' } } })
        const said = `${refusal?.message} ${JSON.stringify(refusal?.cause?.details)}`
        expect(tenant.privateMarkers.filter((marker) => said.includes(marker))).toEqual([])
      }
    }
    expect(
      await db.prisma.appointment.count({
        where: { hospitalId: world.hospitalA.id, bookedById: world.users.staff.id },
      }),
    ).toBe(0)
    // the patient at the desk gives the name on their account (in any case and word order): booked
    const [p2] = tenant.people
    if (!p2) throw new Error('no foreign patient')
    const booked = await staff.appointments.bookWalkIn({
      doctorId: world.doctor.id,
      startsAt: await freeSlotOfDoctorA(),
      phoneNumber: p2.phoneNumber,
      firstName: p2.lastName.toUpperCase(),
      lastName: p2.firstName.toLowerCase(),
    })
    expect(booked.patient.id).toBe(tenant.patient.id)
  })
})
