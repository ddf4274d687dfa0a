import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { TRPCError } from '@trpc/server'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices, defaultApiConfig, type Services } from '../src/index.js'
import { callerFor } from './support/callers.js'
import { testSettings } from './support/schedule.js'
import { buildWorld, unique, type World } from './support/world.js'

const DAY = 86_400_000
const START = new Date('2026-11-02T02:00:00Z')

describe('reviews', () => {
  let db: Database
  let world: World
  let services: Services
  let now = new Date(START)
  let slot = 0

  const callerAs = async (actor: keyof World['users'] | 'anonymous') =>
    callerFor(db.prisma, services, actor === 'anonymous' ? undefined : await world.sessionFor(world.users[actor].id))

  /** a visit of the first patient with the world's doctor, ended a day before `now` */
  async function visit(status: 'completed' | 'scheduled' | 'no_show' = 'completed', patientId = world.patient.id) {
    slot += 1
    const startsAt = new Date(now.getTime() - DAY - slot * 30 * 60_000)
    return db.prisma.appointment.create({
      data: {
        patientId,
        doctorId: world.doctor.id,
        hospitalId: world.hospitalA.id,
        appointmentDate: new Date(startsAt.toISOString().slice(0, 10)),
        startsAt,
        endsAt: new Date(startsAt.getTime() + 30 * 60_000),
        type: 'in_person',
        status,
      },
    })
  }

  const doctorRating = () =>
    db.prisma.doctor.findUniqueOrThrow({
      where: { id: world.doctor.id },
      select: { ratingAverage: true, ratingCount: true },
    })

  /** what the ratings must be: recounted from the published reviews */
  async function recounted(target: 'doctor' | 'hospital') {
    const where = target === 'doctor' ? { doctorId: world.doctor.id } : { hospitalId: world.hospitalA.id }
    const rows = await db.prisma.review.findMany({ where: { ...where, isApproved: true }, select: { rating: true } })
    const sum = rows.reduce((total, row) => total + row.rating, 0)
    return {
      ratingAverage: rows.length ? Math.round((sum / rows.length) * 10) / 10 : 0,
      ratingCount: rows.length,
    }
  }

  async function failure(promise: Promise<unknown>) {
    const error = await promise.then(
      () => null,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(TRPCError)
    const trpc = error as TRPCError & { cause?: { details?: { reason?: string } } }
    return { code: trpc.code, reason: trpc.cause?.details?.reason }
  }

  beforeAll(async () => {
    db = await createTestDatabase()
    world = await buildWorld(db.prisma)
    services = createServices(defaultApiConfig(), { clock: { now: () => new Date(now) } })
    await testSettings(db.prisma, {
      'reviews.windowDays': 30,
      'reviews.requireApproval': true,
      'reviews.autoApproveWithoutComment': true,
    })
  })
  afterAll(async () => {
    await db?.close()
  })

  it('takes a review of a completed visit to moderation, publishes it on approval and moves the rating with it', async () => {
    const patient = await callerAs('patient')
    const admin = await callerAs('admin')
    const appointment = await visit()
    const before = await doctorRating()

    const eligibility = await patient.reviews.eligibility({ appointmentId: appointment.id })
    expect(eligibility.targets.map((target) => target.state)).toEqual(['open', 'open'])
    expect(eligibility.closesAt).toEqual(new Date(appointment.endsAt.getTime() + 30 * DAY))

    const mine = await patient.reviews.create({
      appointmentId: appointment.id,
      targetType: 'doctor',
      rating: 4,
      comment: '  Bác sĩ giải thích rất kỹ <b>cảm ơn</b>  ',
    })
    expect(mine).toMatchObject({ status: 'pending', comment: 'Bác sĩ giải thích rất kỹ <b>cảm ơn</b>', rating: 4 })
    expect(await doctorRating()).toEqual(before)
    const anonymous = await callerAs('anonymous')
    const hidden = await anonymous.reviews.published({ targetType: 'doctor', targetId: world.doctor.id })
    expect(hidden.items.map((review) => review.id)).not.toContain(mine.id)

    const queue = await admin.reviews.queue({ queue: 'pending' })
    expect(queue.items.find((item) => item.id === mine.id)).toMatchObject({ patientName: 'Test patient' })

    await admin.reviews.moderate({ id: mine.id, decision: 'approve' })
    expect(await doctorRating()).toEqual(await recounted('doctor'))
    expect((await doctorRating()).ratingCount).toBe(before.ratingCount + 1)
    const shown = await anonymous.reviews.published({ targetType: 'doctor', targetId: world.doctor.id })
    expect(shown.items[0]).toMatchObject({ id: mine.id, authorName: 'patient T.', rating: 4, response: null })
    expect(shown.summary.distribution[3]).toBeGreaterThanOrEqual(1)
    expect(shown.summary.count).toBe(shown.summary.distribution.reduce((a, b) => a + b, 0))

    const told = await db.prisma.notification.findFirst({
      where: { recipientId: world.users.patient.id, type: 'review_moderated', relatedToId: mine.id },
    })
    expect(told?.message).toContain('Your review is published')
    // a decision is taken once
    expect(await failure(admin.reviews.moderate({ id: mine.id, decision: 'approve' }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'wrong_state',
    })
  })

  it('refuses visits that are not completed, not the patient’s, already reviewed or past the window, writing nothing', async () => {
    const patient = await callerAs('patient')
    const other = await callerAs('otherPatient')
    const count = () => db.prisma.review.count()
    const scheduled = await visit('scheduled')
    const noShow = await visit('no_show')
    const done = await visit()
    const before = await count()

    const review = (appointmentId: string) => ({ appointmentId, targetType: 'doctor' as const, rating: 5 })
    expect(await failure(patient.reviews.create(review(scheduled.id)))).toMatchObject({
      code: 'PRECONDITION_FAILED',
      reason: 'not_completed',
    })
    expect(await failure(patient.reviews.create(review(noShow.id)))).toMatchObject({ code: 'PRECONDITION_FAILED' })
    expect(await failure(other.reviews.create(review(done.id)))).toMatchObject({ code: 'NOT_FOUND' })
    expect(await failure(other.reviews.eligibility({ appointmentId: done.id }))).toMatchObject({ code: 'NOT_FOUND' })
    expect(await count()).toBe(before)

    await patient.reviews.create(review(done.id))
    expect(await failure(patient.reviews.create({ ...review(done.id), rating: 1 }))).toMatchObject({
      code: 'CONFLICT',
      reason: 'already_reviewed',
    })
    // the hospital side of the same visit is its own review
    await patient.reviews.create({ ...review(done.id), targetType: 'hospital' })
    expect(await count()).toBe(before + 2)

    const late = await visit()
    now = new Date(late.endsAt.getTime() + 30 * DAY + 1)
    try {
      expect(await failure(patient.reviews.create(review(late.id)))).toMatchObject({
        code: 'PRECONDITION_FAILED',
        reason: 'window_closed',
      })
      const states = await patient.reviews.eligibility({ appointmentId: late.id })
      expect(states.targets[0]?.state).toBe('closed')
    } finally {
      now = new Date(START)
    }
    expect(await count()).toBe(before + 2)
  })

  it('refuses ratings outside 1–5, fractional ratings and overlong comments', async () => {
    const patient = await callerAs('patient')
    const appointment = await visit()
    for (const bad of [{ rating: 0 }, { rating: 6 }, { rating: 4.5 }, { rating: 5, comment: 'x'.repeat(2001) }]) {
      expect(
        await failure(patient.reviews.create({ appointmentId: appointment.id, targetType: 'doctor', ...bad })),
      ).toMatchObject({ code: 'BAD_REQUEST' })
    }
    expect(await db.prisma.review.count({ where: { appointmentId: appointment.id } })).toBe(0)
  })

  it('publishes a rating without a comment at once, and holds every review when auto-approval is off', async () => {
    const patient = await callerAs('patient')
    const quick = await patient.reviews.create({ appointmentId: (await visit()).id, targetType: 'doctor', rating: 5 })
    expect(quick.status).toBe('approved')
    expect(await doctorRating()).toEqual(await recounted('doctor'))

    await testSettings(db.prisma, { 'reviews.autoApproveWithoutComment': false })
    try {
      const held = await patient.reviews.create({ appointmentId: (await visit()).id, targetType: 'doctor', rating: 5 })
      expect(held.status).toBe('pending')
    } finally {
      await testSettings(db.prisma, { 'reviews.autoApproveWithoutComment': true })
    }
  })

  it('tells the author why a review was rejected, and keeps it off the profile', async () => {
    const patient = await callerAs('patient')
    const admin = await callerAs('admin')
    const review = await patient.reviews.create({
      appointmentId: (await visit()).id,
      targetType: 'hospital',
      rating: 1,
      comment: 'Số điện thoại của bác sĩ là 0912345678',
    })
    expect(
      await failure(admin.reviews.moderate({ id: review.id, decision: 'reject', reason: '' } as never)),
    ).toMatchObject({ code: 'BAD_REQUEST' })
    await admin.reviews.moderate({ id: review.id, decision: 'reject', reason: 'Có thông tin cá nhân' })
    const mine = await patient.reviews.mine({ limit: 50 })
    expect(mine.items.find((item) => item.id === review.id)).toMatchObject({
      status: 'rejected',
      moderationReason: 'Có thông tin cá nhân',
    })
    const published = await patient.reviews.published({ targetType: 'hospital', targetId: world.hospitalA.id })
    expect(published.items.map((item) => item.id)).not.toContain(review.id)
    const hospital = await db.prisma.hospital.findUniqueOrThrow({
      where: { id: world.hospitalA.id },
      select: { ratingAverage: true, ratingCount: true },
    })
    expect(hospital).toEqual(await recounted('hospital'))
  })

  it('brings a reported review back to the queue; keeping it closes the reports, removing it takes it out of the rating', async () => {
    const patient = await callerAs('patient')
    const admin = await callerAs('admin')
    const doctor = await callerAs('doctor')
    const other = await callerAs('otherPatient')
    const review = await patient.reviews.create({ appointmentId: (await visit()).id, targetType: 'doctor', rating: 2 })
    expect(review.status).toBe('approved')

    await doctor.reviews.report({ id: review.id, reason: 'Không đúng sự thật' })
    await doctor.reviews.report({ id: review.id, reason: 'Không đúng sự thật' })
    await other.reviews.report({ id: review.id, reason: 'Spam quảng cáo' })
    const reported = await admin.reviews.queue({ queue: 'reported' })
    const item = reported.items.find((entry) => entry.id === review.id)
    expect(item?.reports.map((report) => report.reason)).toEqual(['Không đúng sự thật', 'Spam quảng cáo'])

    await admin.reviews.moderate({ id: review.id, decision: 'keep' })
    expect((await admin.reviews.queue({ queue: 'reported' })).items.map((entry) => entry.id)).not.toContain(review.id)
    expect(await doctorRating()).toEqual(await recounted('doctor'))

    await other.reviews.report({ id: review.id, reason: 'Vẫn sai sự thật' })
    const countBefore = (await doctorRating()).ratingCount
    await admin.reviews.moderate({ id: review.id, decision: 'remove', reason: 'Nội dung không xác thực' })
    expect((await doctorRating()).ratingCount).toBe(countBefore - 1)
    expect(await doctorRating()).toEqual(await recounted('doctor'))
    // a review that is not published cannot be reported: nobody learns it exists
    expect(await failure(other.reviews.report({ id: review.id, reason: 'Lại nữa' }))).toMatchObject({
      code: 'NOT_FOUND',
    })
  })

  it('lets the reviewed doctor and the hospital’s staff reply once and edit it; nobody else', async () => {
    const patient = await callerAs('patient')
    const doctor = await callerAs('doctor')
    const staff = await callerAs('staff')
    const otherStaff = await callerAs('otherStaff')
    const review = await patient.reviews.create({ appointmentId: (await visit()).id, targetType: 'doctor', rating: 5 })

    expect(await failure(otherStaff.reviews.respond({ id: review.id, text: 'Cảm ơn' }))).toMatchObject({
      code: 'NOT_FOUND',
    })
    expect(await failure(patient.reviews.respond({ id: review.id, text: 'Cảm ơn' }))).toMatchObject({
      code: 'FORBIDDEN',
    })
    const first = await doctor.reviews.respond({ id: review.id, text: 'Cảm ơn anh/chị!' })
    expect(first.response).toMatchObject({ text: 'Cảm ơn anh/chị!', responderName: 'BS Test doctor' })
    now = new Date(START.getTime() + 3_600_000)
    try {
      const edited = await staff.reviews.respond({ id: review.id, text: 'Cảm ơn anh/chị, chúc mau khỏe!' })
      expect(edited.response?.text).toBe('Cảm ơn anh/chị, chúc mau khỏe!')
      expect(edited.response?.respondedAt).toEqual(first.response?.respondedAt)
    } finally {
      now = new Date(START)
    }
    const notices = await db.prisma.notification.count({
      where: { recipientId: world.users.patient.id, type: 'review_response', relatedToId: review.id },
    })
    expect(notices).toBe(1)
  })

  it('counts one helpful mark per reader, and sorts by it', async () => {
    const patient = await callerAs('patient')
    const other = await callerAs('otherPatient')
    const doctor = await callerAs('doctor')
    const review = await patient.reviews.create({ appointmentId: (await visit()).id, targetType: 'doctor', rating: 3 })
    await other.reviews.markHelpful({ id: review.id, helpful: true })
    await other.reviews.markHelpful({ id: review.id, helpful: true })
    const marked = await doctor.reviews.markHelpful({ id: review.id, helpful: true })
    expect(marked.helpfulCount).toBe(2)
    const unmarked = await doctor.reviews.markHelpful({ id: review.id, helpful: false })
    expect(unmarked).toMatchObject({ helpfulCount: 1, markedHelpful: false })

    const helpful = await other.reviews.published({ targetType: 'doctor', targetId: world.doctor.id, sort: 'helpful' })
    expect(helpful.items[0]).toMatchObject({ id: review.id, markedHelpful: true })
    // every published review exactly once through the pages, in both orders
    for (const sort of ['newest', 'helpful'] as const) {
      const seen: string[] = []
      let cursor: string | undefined
      do {
        const page = await other.reviews.published({
          targetType: 'doctor',
          targetId: world.doctor.id,
          sort,
          limit: 2,
          cursor,
        })
        seen.push(...page.items.map((item) => item.id))
        cursor = page.nextCursor ?? undefined
      } while (cursor)
      expect(new Set(seen).size).toBe(seen.length)
      expect(seen.length).toBe((await doctorRating()).ratingCount)
    }
  })

  it('invites the patient to review when the doctor closes the visit', async () => {
    const doctor = await callerAs('doctor')
    const appointment = await visit('scheduled')
    await doctor.appointments.markCompleted({ id: appointment.id })
    const invitation = await db.prisma.notification.findFirst({
      where: { recipientId: world.users.patient.id, type: 'review_invitation', relatedToId: appointment.id },
    })
    expect(invitation?.title).toContain('How was your visit?')
  })

  it('keeps each rating equal to its published reviews after concurrent moderation', async () => {
    const patient = await callerAs('patient')
    const admin = await callerAs('admin')
    const pending = []
    for (let i = 0; i < 8; i++) {
      pending.push(
        await patient.reviews.create({
          appointmentId: (await visit()).id,
          targetType: 'doctor',
          rating: (i % 5) + 1,
          comment: `Nhận xét ${i}`,
        }),
      )
    }
    const before = (await doctorRating()).ratingCount
    await Promise.all(pending.map((review) => admin.reviews.moderate({ id: review.id, decision: 'approve' })))
    expect((await doctorRating()).ratingCount).toBe(before + 8)
    expect(await doctorRating()).toEqual(await recounted('doctor'))
  })

  it('keeps ratings true after any sequence of writes, approvals, rejections and removals', async () => {
    const patient = await callerAs('patient')
    const admin = await callerAs('admin')
    const operation = fc.oneof(
      fc.record({
        kind: fc.constant('write' as const),
        target: fc.constantFrom('doctor' as const, 'hospital' as const),
        rating: fc.integer({ min: 1, max: 5 }),
        comment: fc.boolean(),
      }),
      fc.record({ kind: fc.constantFrom('approve' as const, 'reject' as const, 'remove' as const), pick: fc.nat() }),
    )
    await fc.assert(
      fc.asyncProperty(fc.array(operation, { minLength: 1, maxLength: 8 }), async (operations) => {
        for (const op of operations) {
          if (op.kind === 'write') {
            await patient.reviews.create({
              appointmentId: (await visit()).id,
              targetType: op.target,
              rating: op.rating,
              comment: op.comment ? unique('Nhận xét') : undefined,
            })
            continue
          }
          const status = op.kind === 'remove' ? 'approved' : 'pending'
          const candidates = await db.prisma.review.findMany({ where: { status }, select: { id: true } })
          const chosen = candidates[op.pick % Math.max(candidates.length, 1)]
          if (!chosen) continue
          await admin.reviews.moderate(
            op.kind === 'approve'
              ? { id: chosen.id, decision: 'approve' }
              : { id: chosen.id, decision: op.kind, reason: 'Không phù hợp' },
          )
        }
        expect(await doctorRating()).toEqual(await recounted('doctor'))
        const hospital = await db.prisma.hospital.findUniqueOrThrow({
          where: { id: world.hospitalA.id },
          select: { ratingAverage: true, ratingCount: true },
        })
        expect(hospital).toEqual(await recounted('hospital'))
      }),
      { numRuns: 12 },
    )
  })
})
