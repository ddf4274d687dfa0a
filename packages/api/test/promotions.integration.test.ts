import type { Database, Prisma } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '../src/errors.js'
import { createServices, defaultApiConfig, fixedClock, type Services } from '../src/index.js'
import { evaluatePromotion, type PromotionRules } from '../src/promotions/discount.js'
import { redeemPromotion, releasePromotion } from '../src/promotions/redemption.js'
import { callerFor } from './support/callers.js'
import { buildWorld, unique, type World } from './support/world.js'

const NOW = new Date('2026-12-08T03:30:00Z')
const DAY = 86_400_000
const at = (offsetMs: number) => new Date(NOW.getTime() + offsetMs)
/** each of the 100 bookings waits its turn on the embedded database's one connection */
const OWN_TRANSACTION = { maxWait: 120_000, timeout: 60_000 }

describe('promotion rules (pure)', () => {
  const HOSPITAL = '00000000-0000-4000-8000-000000000001'
  const LAB = '00000000-0000-4000-8000-00000000000a'
  const XRAY = '00000000-0000-4000-8000-00000000000b'
  const rules = (overrides: Partial<PromotionRules> = {}): PromotionRules => ({
    status: 'active',
    discountType: 'percentage',
    discountValue: 20,
    minimumPurchase: null,
    maximumDiscount: null,
    startDate: at(-DAY),
    endDate: at(DAY),
    usageLimit: null,
    usageCount: 0,
    appliesToAllServices: true,
    serviceIds: [],
    appliesToAllHospitals: true,
    hospitalIds: [],
    ...overrides,
  })
  const visit = {
    hospitalId: HOSPITAL,
    now: NOW,
    lines: [{ kind: 'consultation' as const, serviceId: null, amount: 300_000 }],
  }
  const withServices = {
    ...visit,
    lines: [
      ...visit.lines,
      { kind: 'service' as const, serviceId: LAB, amount: 150_001 },
      { kind: 'service' as const, serviceId: XRAY, amount: 400_000 },
    ],
  }

  it('works from the start instant and stops at the end instant', () => {
    expect(evaluatePromotion(rules({ startDate: NOW }), visit)).toEqual({ ok: true, discountAmount: 60_000 })
    expect(evaluatePromotion(rules({ startDate: at(1) }), visit)).toEqual({ ok: false, reason: 'not_started' })
    expect(evaluatePromotion(rules({ endDate: at(1) }), visit).ok).toBe(true)
    expect(evaluatePromotion(rules({ endDate: NOW }), visit)).toEqual({ ok: false, reason: 'expired' })
  })

  it('refuses disabled, stored-expired, unknown and used-up codes', () => {
    expect(evaluatePromotion(null, visit)).toEqual({ ok: false, reason: 'not_found' })
    expect(evaluatePromotion(rules({ status: 'disabled' }), visit)).toEqual({ ok: false, reason: 'disabled' })
    expect(evaluatePromotion(rules({ status: 'expired' }), visit)).toEqual({ ok: false, reason: 'expired' })
    expect(evaluatePromotion(rules({ usageLimit: 5, usageCount: 5 }), visit)).toEqual({ ok: false, reason: 'used_up' })
    expect(evaluatePromotion(rules({ usageLimit: 5, usageCount: 4 }), visit).ok).toBe(true)
  })

  it('needs the minimum exactly met', () => {
    expect(evaluatePromotion(rules({ minimumPurchase: 300_000 }), visit).ok).toBe(true)
    expect(evaluatePromotion(rules({ minimumPurchase: 300_001 }), visit)).toEqual({
      ok: false,
      reason: 'below_minimum',
    })
  })

  it('rounds percentages down, caps them, and never goes above the bill', () => {
    expect(evaluatePromotion(rules({ discountValue: 15 }), withServices)).toEqual({
      ok: true,
      discountAmount: Math.floor((850_001 * 15) / 100),
    })
    expect(evaluatePromotion(rules({ maximumDiscount: 50_000 }), visit)).toEqual({ ok: true, discountAmount: 50_000 })
    expect(evaluatePromotion(rules({ discountValue: 100 }), visit)).toEqual({ ok: true, discountAmount: 300_000 })
    expect(evaluatePromotion(rules({ discountType: 'fixed', discountValue: 50_000 }), visit)).toEqual({
      ok: true,
      discountAmount: 50_000,
    })
    expect(evaluatePromotion(rules({ discountType: 'fixed', discountValue: 999_999 }), visit)).toEqual({
      ok: true,
      discountAmount: 300_000,
    })
  })

  it('limited to services: the discount is taken on those lines only', () => {
    const labOnly = rules({ appliesToAllServices: false, serviceIds: [LAB] })
    expect(evaluatePromotion(labOnly, withServices)).toEqual({ ok: true, discountAmount: 30_000 })
    expect(evaluatePromotion({ ...labOnly, discountType: 'fixed', discountValue: 200_000 }, withServices)).toEqual({
      ok: true,
      discountAmount: 150_001,
    })
    expect(evaluatePromotion(labOnly, visit)).toEqual({ ok: false, reason: 'not_applicable' })
  })

  it('limited to hospitals: elsewhere it does not apply', () => {
    const elsewhere = rules({ appliesToAllHospitals: false, hospitalIds: ['00000000-0000-4000-8000-000000000002'] })
    expect(evaluatePromotion(elsewhere, visit)).toEqual({ ok: false, reason: 'not_applicable' })
    expect(evaluatePromotion({ ...elsewhere, hospitalIds: [HOSPITAL] }, visit).ok).toBe(true)
  })
})

describe('promotions (database)', () => {
  let db: Database
  let world: World
  let services: Services
  let hospitalB: string
  let lab: { serviceId: string; hospitalServiceId: string }
  let xray: { serviceId: string; hospitalServiceId: string }
  let withdrawn: string
  let slot = 0

  const callerAs = async (actor: keyof World['users'] | 'anonymous') =>
    callerFor(db.prisma, services, actor === 'anonymous' ? undefined : await world.sessionFor(world.users[actor].id))

  async function offer(name: string, price: number, isAvailable = true) {
    const service = await db.prisma.service.create({ data: { name: unique(name), category: 'test', basePrice: price } })
    const entry = await db.prisma.hospitalService.create({
      data: { hospitalId: world.hospitalA.id, serviceId: service.id, price, isAvailable },
    })
    return { serviceId: service.id, hospitalServiceId: entry.id }
  }

  function makePromotion(data: Partial<Prisma.PromotionUncheckedCreateInput> = {}) {
    return db.prisma.promotion.create({
      data: {
        code: unique('P')
          .toUpperCase()
          .replace(/[^A-Z0-9_-]/g, '')
          .slice(0, 32),
        discountType: 'fixed',
        discountValue: 50_000,
        startDate: at(-DAY),
        endDate: at(DAY),
        createdById: world.users.admin.id,
        ...data,
      },
    })
  }

  async function makePatient() {
    const user = await db.prisma.user.create({
      data: { role: 'patient', email: `${unique('buyer')}@promo.test`, firstName: 'Mua', lastName: 'Nguyễn' },
    })
    return db.prisma.patient.create({ data: { userId: user.id } })
  }

  async function makeAppointment(patientId: string) {
    slot += 1
    const startsAt = at(30 * DAY + slot * 30 * 60_000)
    return db.prisma.appointment.create({
      data: {
        patientId,
        doctorId: world.doctor.id,
        hospitalId: world.hospitalA.id,
        appointmentDate: new Date(startsAt.toISOString().slice(0, 10)),
        startsAt,
        endsAt: new Date(startsAt.getTime() + 30 * 60_000),
        type: 'online',
      },
    })
  }

  const consultation = [{ kind: 'consultation' as const, serviceId: null, amount: 300_000 }]

  /** one booking's transaction taking one use; the refusal reason when it cannot */
  async function book(code: string, patientId: string) {
    const appointment = await makeAppointment(patientId)
    return db.prisma
      .$transaction(
        (tx) =>
          redeemPromotion(tx, {
            code,
            patientId,
            appointmentId: appointment.id,
            hospitalId: world.hospitalA.id,
            lines: consultation,
            now: NOW,
          }),
        OWN_TRANSACTION,
      )
      .then(
        (use) => ({ ok: true as const, use, appointmentId: appointment.id }),
        (error: unknown) => {
          if (!(error instanceof AppError)) throw error
          return { ok: false as const, code: error.code, reason: error.details?.reason }
        },
      )
  }

  const usageCountOf = async (id: string) =>
    (await db.prisma.promotion.findUniqueOrThrow({ where: { id }, select: { usageCount: true } })).usageCount

  beforeAll(async () => {
    db = await createTestDatabase()
    world = await buildWorld(db.prisma)
    services = createServices(defaultApiConfig(), { clock: fixedClock(NOW) })
    hospitalB = (await db.prisma.hospital.findFirstOrThrow({ where: { userId: world.users.otherStaff.id } })).id
    lab = await offer('Xét nghiệm máu', 200_000)
    xray = await offer('Chụp X-quang', 500_000)
    withdrawn = (await offer('Ngừng cung cấp', 100_000, false)).hospitalServiceId
  })
  afterAll(async () => {
    await db?.close()
  })

  describe('administration', () => {
    const validInput = () => ({
      code: unique('he')
        .replace(/[^a-z0-9-]/gi, '')
        .slice(0, 32),
      description: 'Giảm 10% xét nghiệm',
      discountType: 'percentage' as const,
      discountValue: 10,
      maximumDiscount: 100_000,
      startDate: at(-DAY),
      endDate: at(10 * DAY),
      usageLimit: 10,
      appliesToAllServices: false,
      serviceIds: [lab.serviceId],
      appliesToAllHospitals: false,
      hospitalIds: [world.hospitalA.id],
    })

    it('creates, reads, lists, edits, disables and re-enables a code, and logs every write', async () => {
      const admin = await callerAs('admin')
      const input = validInput()
      const created = await admin.promotions.create(input)
      expect(created).toMatchObject({
        code: input.code.toUpperCase(),
        status: 'active',
        usageCount: 0,
        perPatientLimit: 1,
        minimumPurchase: null,
        services: [{ id: lab.serviceId }],
        hospitals: [{ id: world.hospitalA.id, name: world.hospitalA.name }],
        createdBy: { id: world.users.admin.id },
      })
      expect(await admin.promotions.get({ id: created.id })).toEqual(created)

      const listed = await admin.promotions.list({ code: input.code.slice(-6).toLowerCase(), status: 'active' })
      expect(listed.items.map((p) => [p.code, p.serviceCount, p.hospitalCount])).toEqual([[created.code, 1, 1]])

      const edited = await admin.promotions.update({
        ...input,
        id: created.id,
        discountType: 'fixed',
        discountValue: 20_000,
        appliesToAllHospitals: true,
        hospitalIds: [],
      })
      expect(edited).toMatchObject({
        discountType: 'fixed',
        discountValue: 20_000,
        appliesToAllHospitals: true,
        hospitals: [],
      })

      expect((await admin.promotions.setStatus({ id: created.id, status: 'disabled' })).status).toBe('disabled')
      expect((await admin.promotions.list({ status: 'disabled' })).items.map((p) => p.id)).toContain(created.id)
      expect((await admin.promotions.setStatus({ id: created.id, status: 'active' })).status).toBe('active')

      const logs = await db.prisma.activityLog.findMany({
        where: { details: { path: ['promotionId'], equals: created.id } },
        orderBy: { timestamp: 'asc' },
      })
      expect(logs.map((log) => log.action)).toEqual([
        'create_promotion',
        'update_promotion',
        'set_promotion_status',
        'set_promotion_status',
      ])
      expect(logs.every((log) => log.userId === world.users.admin.id)).toBe(true)
    })

    it('pages the list with a cursor, newest first', async () => {
      const admin = await callerAs('admin')
      for (let i = 0; i < 3; i++) await admin.promotions.create({ ...validInput(), code: unique('PAGE').slice(0, 32) })
      const first = await admin.promotions.list({ code: 'PAGE', limit: 2 })
      const second = await admin.promotions.list({ code: 'PAGE', limit: 2, cursor: first.nextCursor ?? undefined })
      expect(first.items).toHaveLength(2)
      expect(second.items).toHaveLength(1)
      expect(second.nextCursor).toBeNull()
      const ids = [...first.items, ...second.items].map((p) => p.id)
      expect(ids).toEqual([...ids].sort().reverse())
    })

    it('shows a code past its end date as expired, and will not re-enable it', async () => {
      const admin = await callerAs('admin')
      const ended = await makePromotion({ startDate: at(-10 * DAY), endDate: at(-DAY), status: 'disabled' })
      const stillActive = await makePromotion({ startDate: at(-10 * DAY), endDate: NOW })
      expect((await admin.promotions.get({ id: stillActive.id })).status).toBe('expired')
      const expired = (await admin.promotions.list({ status: 'expired', limit: 100 })).items.map((p) => p.id)
      expect(expired).toContain(stillActive.id)
      const active = (await admin.promotions.list({ status: 'active', limit: 100 })).items.map((p) => p.id)
      expect(active).not.toContain(stillActive.id)
      await expect(admin.promotions.setStatus({ id: ended.id, status: 'active' })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      })
    })

    it('refuses what the database would refuse, with the field named', async () => {
      const admin = await callerAs('admin')
      const refusals = [
        { ...validInput(), discountValue: 101 },
        { ...validInput(), discountValue: 0 },
        { ...validInput(), endDate: at(-DAY) },
        { ...validInput(), code: 'ab' },
        { ...validInput(), code: 'MÃ GIẢM' },
        { ...validInput(), serviceIds: [] },
        { ...validInput(), usageLimit: 0 },
        { ...validInput(), perPatientLimit: 0 },
        { ...validInput(), minimumPurchase: -1 },
        { ...validInput(), serviceIds: Array.from({ length: 201 }, () => lab.serviceId) },
      ]
      for (const input of refusals) {
        await expect(admin.promotions.create(input), JSON.stringify(input).slice(0, 80)).rejects.toMatchObject({
          code: 'BAD_REQUEST',
        })
      }
      await expect(
        admin.promotions.create({ ...validInput(), serviceIds: ['00000000-0000-4000-8000-000000000000'] }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST', cause: { details: { field: 'serviceIds' } } })
      const taken = await admin.promotions.create(validInput())
      await expect(admin.promotions.create({ ...validInput(), code: taken.code.toLowerCase() })).rejects.toMatchObject({
        code: 'CONFLICT',
      })
      const used = await makePromotion({ usageLimit: 10, usageCount: 5 })
      await expect(
        admin.promotions.update({ ...validInput(), id: used.id, code: used.code, usageLimit: 4 }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST', cause: { details: { field: 'usageLimit' } } })
      await expect(admin.promotions.get({ id: '00000000-0000-4000-8000-000000000000' })).rejects.toMatchObject({
        code: 'NOT_FOUND',
      })
    })

    it('is for administrators only', async () => {
      const promotion = await makePromotion()
      for (const actor of ['patient', 'doctor', 'staff'] as const) {
        const caller = await callerAs(actor)
        await expect(caller.promotions.list({})).rejects.toMatchObject({ code: 'FORBIDDEN' })
        await expect(caller.promotions.create(validInput())).rejects.toMatchObject({ code: 'FORBIDDEN' })
        await expect(caller.promotions.setStatus({ id: promotion.id, status: 'disabled' })).rejects.toMatchObject({
          code: 'FORBIDDEN',
        })
        await expect(caller.promotions.uses({ promotionId: promotion.id })).rejects.toMatchObject({ code: 'FORBIDDEN' })
      }
      const anonymous = await callerAs('anonymous')
      await expect(anonymous.promotions.get({ id: promotion.id })).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
    })
  })

  describe('redemption', () => {
    it('100 concurrent bookings of a code with usageLimit 10 get exactly 10 uses', async () => {
      const promotion = await makePromotion({ usageLimit: 10 })
      const patients = await Promise.all(Array.from({ length: 100 }, () => makePatient()))
      const results = await Promise.all(patients.map((patient) => book(promotion.code, patient.id)))
      expect(results.filter((result) => result.ok)).toHaveLength(10)
      const refused = results.filter((result) => !result.ok)
      expect(refused).toHaveLength(90)
      expect(refused.every((result) => result.code === 'CONFLICT' && result.reason === 'used_up')).toBe(true)
      expect(await usageCountOf(promotion.id)).toBe(10)
      expect(await db.prisma.promotionRedemption.count({ where: { promotionId: promotion.id } })).toBe(10)

      const uses = await (await callerAs('admin')).promotions.uses({ promotionId: promotion.id, limit: 100 })
      expect(uses.items).toHaveLength(10)
      expect(uses.items[0]).toMatchObject({ discountAmount: 50_000, status: 'active', patient: { name: 'Nguyễn Mua' } })
    })

    it('one patient uses a code once: a second booking is already_used, also when both race', async () => {
      const promotion = await makePromotion()
      const patient = await makePatient()
      expect((await book(promotion.code.toLowerCase(), patient.id)).ok).toBe(true)
      expect(await book(promotion.code, patient.id)).toMatchObject({
        ok: false,
        code: 'CONFLICT',
        reason: 'already_used',
      })
      expect(await usageCountOf(promotion.id)).toBe(1)

      const racing = await makePromotion()
      const racer = await makePatient()
      const results = await Promise.all([book(racing.code, racer.id), book(racing.code, racer.id)])
      expect(results.filter((result) => result.ok)).toHaveLength(1)
      expect(await usageCountOf(racing.id)).toBe(1)

      const twice = await makePromotion({ perPatientLimit: 2 })
      expect((await book(twice.code, patient.id)).ok).toBe(true)
      expect((await book(twice.code, patient.id)).ok).toBe(true)
      expect((await book(twice.code, patient.id)).ok).toBe(false)
    })

    it('refuses each rule with its reason and takes no use', async () => {
      const patient = await makePatient()
      const cases: [Partial<Prisma.PromotionUncheckedCreateInput>, string, string][] = [
        [{ status: 'disabled' }, 'BAD_REQUEST', 'disabled'],
        [{ startDate: at(1) }, 'BAD_REQUEST', 'not_started'],
        [{ endDate: NOW }, 'BAD_REQUEST', 'expired'],
        [{ minimumPurchase: 300_001 }, 'BAD_REQUEST', 'below_minimum'],
        [
          { appliesToAllHospitals: false, applicableHospitals: { create: [{ hospitalId: hospitalB }] } },
          'BAD_REQUEST',
          'not_applicable',
        ],
        [
          { appliesToAllServices: false, applicableServices: { create: [{ serviceId: lab.serviceId }] } },
          'BAD_REQUEST',
          'not_applicable',
        ],
        [{ usageLimit: 3, usageCount: 3 }, 'CONFLICT', 'used_up'],
      ]
      for (const [data, code, reason] of cases) {
        const promotion = await makePromotion(data as Prisma.PromotionUncheckedCreateInput)
        expect(await book(promotion.code, patient.id), reason).toMatchObject({ ok: false, code, reason })
        expect(await usageCountOf(promotion.id)).toBe(data.usageCount ?? 0)
      }
      expect(await book('KHONGCOMA', patient.id)).toMatchObject({ ok: false, code: 'BAD_REQUEST', reason: 'not_found' })
    })

    it('release gives the use back exactly once under concurrent releases, never below zero', async () => {
      const promotion = await makePromotion({ usageLimit: 1 })
      const patient = await makePatient()
      const booked = await book(promotion.code, patient.id)
      if (!booked.ok) throw new Error('the first use should be taken')
      expect(await usageCountOf(promotion.id)).toBe(1)

      const releases = await Promise.all(
        Array.from({ length: 10 }, () =>
          db.prisma.$transaction((tx) => releasePromotion(tx, booked.appointmentId, NOW), OWN_TRANSACTION),
        ),
      )
      expect(releases.filter(Boolean)).toHaveLength(1)
      expect(await usageCountOf(promotion.id)).toBe(0)
      expect(await releasePromotion(db.prisma, booked.appointmentId, NOW)).toBe(false)
      expect(await usageCountOf(promotion.id)).toBe(0)
      expect(
        await db.prisma.promotionRedemption.findUniqueOrThrow({ where: { appointmentId: booked.appointmentId } }),
      ).toMatchObject({ status: 'released', releasedAt: NOW })

      // released, the patient may use the code again: the use and the per-patient count came back
      expect((await book(promotion.code, patient.id)).ok).toBe(true)

      // a count already at zero (changed by hand) stays at zero
      const other = await makePatient()
      const second = await makePromotion()
      const use = await book(second.code, other.id)
      if (!use.ok) throw new Error('the use should be taken')
      await db.prisma.promotion.update({ where: { id: second.id }, data: { usageCount: 0 } })
      expect(await releasePromotion(db.prisma, use.appointmentId, NOW)).toBe(true)
      expect(await usageCountOf(second.id)).toBe(0)
    })
  })

  describe('patient check', () => {
    it('prices the visit from the database and returns the discount, or a typed refusal', async () => {
      const patient = await callerAs('patient')
      const promotion = await makePromotion({
        discountType: 'percentage',
        discountValue: 20,
        appliesToAllServices: false,
        applicableServices: { create: [{ serviceId: lab.serviceId }] },
      } as Prisma.PromotionUncheckedCreateInput)
      const input = { doctorId: world.doctor.id, hospitalServiceIds: [lab.hospitalServiceId, xray.hospitalServiceId] }
      expect(await patient.promotions.check({ ...input, code: promotion.code.toLowerCase() })).toEqual({
        ok: true,
        code: promotion.code,
        description: null,
        discountAmount: 40_000,
        subtotal: 1_000_000,
        total: 960_000,
      })
      expect(await patient.promotions.check({ ...input, hospitalServiceIds: [], code: promotion.code })).toEqual({
        ok: false,
        code: promotion.code,
        reason: 'not_applicable',
      })
      expect(await patient.promotions.check({ ...input, code: 'KHONGCO' })).toMatchObject({
        ok: false,
        reason: 'not_found',
      })
      await expect(
        patient.promotions.check({ ...input, hospitalServiceIds: [withdrawn], code: promotion.code }),
      ).rejects.toMatchObject({ code: 'NOT_FOUND' })
      await expect(patient.promotions.check({ ...input, code: 'x' })).rejects.toMatchObject({ code: 'BAD_REQUEST' })
      expect(await usageCountOf(promotion.id)).toBe(0)

      const admin = await callerAs('admin')
      await expect(admin.promotions.check({ ...input, code: promotion.code })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      })
    })
  })
})
