import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices, defaultApiConfig, type Services } from '../src/index.js'
import { sendFollowUpReminders } from '../src/jobs/follow-ups.js'
import { callerFor } from './support/callers.js'
import { buildWorld, unique, type World } from './support/world.js'

const NOW = new Date('2026-12-07T03:00:00Z')
const MINUTE = 60_000

const CONTENT = {
  diagnosis: [{ text: 'Tăng huyết áp độ 1', code: 'I10' }, { text: 'Mất ngủ do lo âu' }],
  treatment: 'Giảm muối, đi bộ 30 phút mỗi ngày, dùng thuốc theo đơn.',
  prescription: [
    {
      medicationName: 'Amlodipin 5mg',
      dosage: '1 viên',
      frequency: '1 lần/ngày buổi sáng',
      duration: '30 ngày',
      instructions: 'Uống sau ăn',
    },
  ],
  labTests: [{ name: 'Xét nghiệm mỡ máu', results: 'LDL 3.9 mmol/L', date: '2026-12-07' }],
  notes: 'Hẹn tái khám mang theo sổ đo huyết áp.',
  followUpDate: '2027-01-06',
}

describe('medical records', () => {
  let db: Database
  let world: World
  let services: Services
  let colleagueUserId: string
  let foreignDoctorUserId: string
  let slot = 0

  const callerAs = async (actor: keyof World['users'] | 'anonymous') =>
    callerFor(db.prisma, services, actor === 'anonymous' ? undefined : await world.sessionFor(world.users[actor].id))
  const callerOf = async (userId: string) => callerFor(db.prisma, services, await world.sessionFor(userId))

  /** a visit with the world's doctor: under way (started 10 minutes ago), completed, or still to come */
  async function visit(state: 'under_way' | 'completed' | 'upcoming' | 'cancelled', familyMemberId?: string) {
    slot += 1
    const offset =
      state === 'upcoming' ? 24 * 60 * MINUTE : state === 'under_way' ? -10 * MINUTE : -2 * 24 * 60 * MINUTE
    const startsAt = new Date(NOW.getTime() + offset - slot * 31 * MINUTE * (state === 'under_way' ? 0 : 1))
    return db.prisma.appointment.create({
      data: {
        patientId: world.patient.id,
        familyMemberId: familyMemberId ?? null,
        doctorId: world.doctor.id,
        hospitalId: world.hospitalA.id,
        appointmentDate: new Date(startsAt.toISOString().slice(0, 10)),
        startsAt,
        endsAt: new Date(startsAt.getTime() + 30 * MINUTE),
        type: 'in_person',
        status: state === 'completed' ? 'completed' : state === 'cancelled' ? 'cancelled' : 'scheduled',
        ...(state === 'cancelled' ? { cancelledBy: 'patient', cancellationReason: 'Bận việc' } : {}),
      },
    })
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

  async function doctorAt(hospitalId: string) {
    const user = await db.prisma.user.create({
      data: { role: 'doctor', email: `${unique('dr')}@records.test`, firstName: 'Khác', lastName: 'Bác Sĩ' },
    })
    await db.prisma.doctor.create({
      data: {
        userId: user.id,
        hospitalId,
        licenseNumber: unique('LIC'),
        consultationFee: 200_000,
        status: 'approved',
      },
    })
    return user.id
  }

  beforeAll(async () => {
    db = await createTestDatabase()
    world = await buildWorld(db.prisma)
    services = createServices(defaultApiConfig(), { clock: { now: () => new Date(NOW) } })
    colleagueUserId = await doctorAt(world.hospitalA.id)
    const hospitalB = await db.prisma.hospital.findFirstOrThrow({ where: { userId: world.users.otherStaff.id } })
    foreignDoctorUserId = await doctorAt(hospitalB.id)
    await db.prisma.patient.update({
      where: { id: world.patient.id },
      data: {
        allergies: ['Penicillin'],
        medications: [{ name: 'Metformin 500mg', dosage: '1 viên', frequency: '2 lần/ngày' }],
      },
    })
  })
  afterAll(async () => {
    await db?.close()
  })

  it('lets the treating doctor draft while the visit is under way, autosaving into one record the patient cannot see yet', async () => {
    const doctor = await callerAs('doctor')
    const patient = await callerAs('patient')
    const appointment = await visit('under_way')

    const first = await doctor.medicalRecords.saveDraft({
      appointmentId: appointment.id,
      content: { diagnosis: [{ text: 'Tăng huyết áp độ 1', code: 'I10' }] },
    })
    const second = await doctor.medicalRecords.saveDraft({ appointmentId: appointment.id, content: CONTENT })
    expect(second.id).toBe(first.id)
    expect(second).toMatchObject({
      isSharedWithPatient: false,
      version: 1,
      editable: true,
      diagnosis: [
        { text: 'Tăng huyết áp độ 1', code: 'I10' },
        { text: 'Mất ngủ do lo âu', code: '' },
      ],
      followUpDate: '2027-01-06',
      person: { name: 'Test patient', familyMemberId: null },
    })
    expect(await db.prisma.medicalRecord.count({ where: { appointmentId: appointment.id } })).toBe(1)
    expect(await failure(patient.medicalRecords.get({ id: first.id }))).toMatchObject({ code: 'NOT_FOUND' })
    expect((await patient.medicalRecords.mine({})).items.map((item) => item.id)).not.toContain(first.id)
  })

  it('shows the content to the hospital’s doctors only; staff learn that a record exists, admins nothing', async () => {
    const doctor = await callerAs('doctor')
    const appointment = await visit('completed')
    const record = await doctor.medicalRecords.saveDraft({ appointmentId: appointment.id, content: CONTENT })

    const colleague = await callerOf(colleagueUserId)
    expect(await colleague.medicalRecords.get({ id: record.id })).toMatchObject({ id: record.id, editable: false })
    expect(
      await failure(colleague.medicalRecords.saveDraft({ appointmentId: appointment.id, content: CONTENT })),
    ).toMatchObject({ code: 'NOT_FOUND' })
    const foreign = await callerOf(foreignDoctorUserId)
    expect(await failure(foreign.medicalRecords.get({ id: record.id }))).toMatchObject({ code: 'NOT_FOUND' })

    const staff = await callerAs('staff')
    expect(await failure(staff.medicalRecords.get({ id: record.id }))).toMatchObject({ code: 'FORBIDDEN' })
    expect(await staff.medicalRecords.forAppointment({ appointmentId: appointment.id })).toEqual({
      exists: true,
      id: record.id,
      isSharedWithPatient: false,
      version: 1,
      updatedAt: expect.any(Date),
    })
    const otherStaff = await callerAs('otherStaff')
    expect(await failure(otherStaff.medicalRecords.forAppointment({ appointmentId: appointment.id }))).toMatchObject({
      code: 'NOT_FOUND',
    })
    const admin = await callerAs('admin')
    expect(await failure(admin.medicalRecords.get({ id: record.id }))).toMatchObject({ code: 'FORBIDDEN' })
  })

  it('shares once, tells the patient, and from then on changes only by amendment that keeps every earlier version', async () => {
    const doctor = await callerAs('doctor')
    const patient = await callerAs('patient')
    const appointment = await visit('completed')
    const empty = await doctor.medicalRecords.saveDraft({ appointmentId: appointment.id, content: {} })
    expect(await failure(doctor.medicalRecords.share({ id: empty.id }))).toMatchObject({
      code: 'PRECONDITION_FAILED',
      reason: 'no_diagnosis',
    })
    await doctor.medicalRecords.saveDraft({ appointmentId: appointment.id, content: CONTENT })
    const shared = await doctor.medicalRecords.share({ id: empty.id })
    expect(shared.sharedAt).toEqual(NOW)
    await doctor.medicalRecords.share({ id: empty.id })
    const notices = await db.prisma.notification.findMany({
      where: { relatedToId: empty.id, type: 'medical_record_shared' },
    })
    expect(notices).toHaveLength(1)
    // the email names the visit, never what was found
    expect(notices[0]?.message).not.toContain('huyết áp')

    expect(await patient.medicalRecords.get({ id: empty.id })).toMatchObject({
      treatment: CONTENT.treatment,
      version: 1,
    })
    expect(
      await failure(doctor.medicalRecords.saveDraft({ appointmentId: appointment.id, content: CONTENT })),
    ).toMatchObject({ code: 'CONFLICT', reason: 'shared' })
    expect(await failure(doctor.medicalRecords.amend({ id: empty.id, content: CONTENT, reason: '' }))).toMatchObject({
      code: 'BAD_REQUEST',
    })

    // two amendments at once: both land, one after the other, and no version is lost
    const amended = { ...CONTENT, treatment: 'Tăng liều Amlodipin lên 10mg.' }
    await Promise.all([
      doctor.medicalRecords.amend({ id: empty.id, content: amended, reason: 'Huyết áp chưa đạt mục tiêu' }),
      doctor.medicalRecords.amend({ id: empty.id, content: CONTENT, reason: 'Sửa lỗi chính tả' }),
    ])
    const history = await patient.medicalRecords.history({ id: empty.id })
    expect(history.current).toBe(3)
    expect(history.earlier.map((version) => version.version)).toEqual([2, 1])
    expect(history.earlier[1]).toMatchObject({
      content: { treatment: CONTENT.treatment },
      amendedByName: 'Test doctor',
    })
    expect(new Set(history.earlier.map((version) => version.reason))).toEqual(
      new Set(['Huyết áp chưa đạt mục tiêu', 'Sửa lỗi chính tả']),
    )
  })

  it('writes for the family member seen, and the patient finds it under that person', async () => {
    const doctor = await callerAs('doctor')
    const patient = await callerAs('patient')
    const child = await world.familyMemberOfPatient()
    const appointment = await visit('completed', child.id)
    const record = await doctor.medicalRecords.saveDraft({ appointmentId: appointment.id, content: CONTENT })
    await doctor.medicalRecords.share({ id: record.id })
    expect(record.person).toMatchObject({ familyMemberId: child.id, name: 'Test Bé', relationship: 'child' })
    const childs = await patient.medicalRecords.mine({ person: child.id })
    expect(childs.items.map((item) => item.id)).toEqual([record.id])
    const own = await patient.medicalRecords.mine({ person: 'self' })
    expect(own.items.map((item) => item.id)).not.toContain(record.id)
    const other = await callerAs('otherPatient')
    expect(await failure(other.medicalRecords.get({ id: record.id }))).toMatchObject({ code: 'NOT_FOUND' })
  })

  it('refuses visits not under way or not the doctor’s, unknown files and malformed codes, writing nothing', async () => {
    const doctor = await callerAs('doctor')
    const before = await db.prisma.medicalRecord.count()
    for (const state of ['upcoming', 'cancelled'] as const) {
      const appointment = await visit(state)
      expect(
        await failure(doctor.medicalRecords.saveDraft({ appointmentId: appointment.id, content: CONTENT })),
      ).toMatchObject({ code: 'PRECONDITION_FAILED' })
    }
    const appointment = await visit('completed')
    expect(
      await failure(
        doctor.medicalRecords.saveDraft({
          appointmentId: appointment.id,
          content: { labTests: [{ name: 'Công thức máu', fileIds: ['00000000-0000-4000-8000-000000000001'] }] },
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST', reason: 'unknown_file' })
    expect(
      await failure(
        doctor.medicalRecords.saveDraft({
          appointmentId: appointment.id,
          content: { diagnosis: [{ text: 'Hen', code: 'asthma' }] },
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST' })
    expect(
      await failure(
        doctor.medicalRecords.saveDraft({
          appointmentId: appointment.id,
          content: { notes: 'x'.repeat(5001) },
        }),
      ),
    ).toMatchObject({ code: 'BAD_REQUEST' })
    expect(await db.prisma.medicalRecord.count()).toBe(before)
  })

  it('opens a patient’s chart for the hospital’s doctors, allergies included, and tells the patient who looked', async () => {
    const doctor = await callerAs('doctor')
    const colleague = await callerOf(colleagueUserId)
    const patient = await callerAs('patient')
    const appointment = await visit('completed')
    const record = await doctor.medicalRecords.saveDraft({ appointmentId: appointment.id, content: CONTENT })
    await doctor.medicalRecords.share({ id: record.id })

    const chart = await colleague.medicalRecords.chart({ patientId: world.patient.id })
    expect(chart.person).toMatchObject({ allergies: ['Penicillin'], name: 'Test patient' })
    expect(chart.person.medications[0]).toMatchObject({ name: 'Metformin 500mg' })
    expect(chart.visits.find((entry) => entry.appointmentId === appointment.id)?.recordId).toBe(record.id)
    // a completed visit without a record: its treating doctor may write it from the chart, a colleague may not
    const unwritten = await visit('completed')
    const own = await doctor.medicalRecords.chart({ patientId: world.patient.id })
    expect(own.visits.find((entry) => entry.appointmentId === unwritten.id)?.canWriteRecord).toBe(true)
    expect(own.visits.find((entry) => entry.appointmentId === appointment.id)?.canWriteRecord).toBe(false)
    const theirs = await colleague.medicalRecords.chart({ patientId: world.patient.id })
    expect(theirs.visits.find((entry) => entry.appointmentId === unwritten.id)?.canWriteRecord).toBe(false)
    expect(chart.records.map((entry) => entry.id)).toContain(record.id)
    const foreign = await callerOf(foreignDoctorUserId)
    expect(await failure(foreign.medicalRecords.chart({ patientId: world.patient.id }))).toMatchObject({
      code: 'NOT_FOUND',
    })

    await colleague.medicalRecords.get({ id: record.id })
    await patient.medicalRecords.get({ id: record.id })
    const log = await patient.medicalRecords.accessLog({ limit: 100 })
    const actions = log.items.map((entry) => `${entry.name}:${entry.action}`)
    expect(actions).toContain('Bác Sĩ Khác:read')
    expect(actions).toContain('Bác Sĩ Khác:chart')
    expect(actions).toContain('Test doctor:share')
    expect(log.items.every((entry) => entry.name !== 'Test patient')).toBe(true)
    expect(log.items.find((entry) => entry.action === 'read')?.hospitalName).toBe('Bệnh viện A')

    // the activity log holds who and which record, never what it says
    const details = await db.prisma.activityLog.findMany({
      where: { action: { contains: 'medical_record' } },
      select: { details: true },
    })
    expect(JSON.stringify(details)).not.toMatch(/huyết áp|Amlodipin/)
  })

  it('reminds the patient of a follow-up date three days ahead, once, unless a visit with the doctor is booked', async () => {
    const doctor = await callerAs('doctor')
    const dueSoon = { ...CONTENT, followUpDate: '2027-01-09' }
    const records = []
    for (let i = 0; i < 2; i++) {
      const appointment = await visit('completed')
      const record = await doctor.medicalRecords.saveDraft({ appointmentId: appointment.id, content: dueSoon })
      await doctor.medicalRecords.share({ id: record.id })
      records.push(record)
    }
    const reminded = (id: string) =>
      db.prisma.notification.count({ where: { dedupeKey: `follow-up:${id}`, relatedToType: 'medical_record' } })
    const fourDaysBefore = new Date('2027-01-05T03:00:00Z')
    const threeDaysBefore = new Date('2027-01-06T03:00:00Z')
    await sendFollowUpReminders(db.prisma, services, { now: fourDaysBefore })
    expect(await reminded(records[0]?.id ?? '')).toBe(0)

    // the patient booked the follow-up already (for some other record of the same doctor): no reminder
    const booked = await db.prisma.appointment.create({
      data: {
        patientId: world.patient.id,
        doctorId: world.doctor.id,
        hospitalId: world.hospitalA.id,
        appointmentDate: new Date('2027-01-09'),
        startsAt: new Date('2027-01-09T02:00:00Z'),
        endsAt: new Date('2027-01-09T02:30:00Z'),
        type: 'in_person',
      },
    })
    await sendFollowUpReminders(db.prisma, services, { now: threeDaysBefore })
    expect(await reminded(records[0]?.id ?? '')).toBe(0)

    await db.prisma.appointment.update({
      where: { id: booked.id },
      data: { status: 'cancelled', cancelledBy: 'patient', cancellationReason: 'Đổi ý' },
    })
    await sendFollowUpReminders(db.prisma, services, { now: threeDaysBefore })
    await sendFollowUpReminders(db.prisma, services, { now: threeDaysBefore })
    expect(await reminded(records[0]?.id ?? '')).toBe(1)
    expect(await reminded(records[1]?.id ?? '')).toBe(1)
  })

  it('finds diagnoses in the ICD-10 catalogue by code or by name, with or without accents', async () => {
    const doctor = await callerAs('doctor')
    expect((await doctor.medicalRecords.diagnoses({ q: 'tang huyet ap' }))[0]).toMatchObject({ code: 'I10' })
    expect((await doctor.medicalRecords.diagnoses({ q: 'J45' })).map((entry) => entry.code)).toEqual(['J45.9'])
    expect((await doctor.medicalRecords.diagnoses({ q: 'asthma' }))[0]?.vi).toBe('Hen phế quản')
  })
})
