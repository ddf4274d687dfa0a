import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validateSessionToken } from '../src/auth/sessions.js'
import { createServices, defaultApiConfig, type Services } from '../src/index.js'
import { callerFor } from './support/callers.js'
import { startSmtpCapture } from './support/smtp.js'
import { buildWorld, unique, type World } from './support/world.js'

describe('admin.changeRole: explicit, logged role changes that keep the data consistent', () => {
  let db: Database
  let world: World
  let smtp: Awaited<ReturnType<typeof startSmtpCapture>>
  let services: Services
  let admin: Awaited<ReturnType<typeof callerFor>>
  let anonymous: Awaited<ReturnType<typeof callerFor>>

  const statusOf = async (userId: string) => db.prisma.user.findUniqueOrThrow({ where: { id: userId } })

  beforeAll(async () => {
    db = await createTestDatabase()
    world = await buildWorld(db.prisma)
    smtp = await startSmtpCapture()
    services = createServices(defaultApiConfig({ smtpUrl: smtp.url }))
    admin = await callerFor(db.prisma, services, await world.sessionFor(world.users.admin.id))
    anonymous = await callerFor(db.prisma, services)
  })
  afterAll(async () => {
    await smtp?.close()
    await db?.close()
  })

  it('refuses the own account, the same role, and a doctor role without a doctor profile', async () => {
    await expect(
      admin.admin.changeRole({ userId: world.users.admin.id, role: 'patient', reason: 'Thử nghiệm' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    const someone = await world.throwawayUser()
    await expect(
      admin.admin.changeRole({ userId: someone.id, role: 'patient', reason: 'Thử nghiệm' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    await expect(
      admin.admin.changeRole({ userId: someone.id, role: 'doctor', reason: 'Thử nghiệm' }),
    ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED', message: expect.stringContaining('invitation') })
    await expect(
      admin.admin.changeRole({ userId: someone.id, role: 'hospital', reason: 'Thử nghiệm' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    expect((await statusOf(someone.id)).role).toBe('patient')
    expect(await db.prisma.activityLog.count({ where: { action: 'role_change' } })).toBe(0)
  })

  it('a doctor becomes a patient and back: sessions end, keys are revoked, logged, told by email, out of search meanwhile', async () => {
    const doctorSession = await world.sessionFor(world.users.doctor.id)
    await db.prisma.apiKey.create({
      data: { userId: world.users.doctor.id, name: 'k', prefix: 'mbk_d', hashedKey: unique('h'), scopes: [] },
    })
    expect((await anonymous.doctors.search({ query: 'doctor' })).items.map((d) => d.id)).toContain(world.doctor.id)

    const changed = await admin.admin.changeRole({
      userId: world.users.doctor.id,
      role: 'patient',
      reason: 'Tài khoản đăng ký nhầm vai trò',
    })
    expect(changed).toMatchObject({ id: world.users.doctor.id, role: 'patient' })
    expect(await validateSessionToken(db.prisma, doctorSession)).toBeNull()
    expect(await db.prisma.apiKey.count({ where: { userId: world.users.doctor.id, revokedAt: null } })).toBe(0)
    expect(await db.prisma.patient.count({ where: { userId: world.users.doctor.id } })).toBe(1)
    const [entry] = await db.prisma.activityLog.findMany({ where: { action: 'role_change' } })
    expect(entry).toMatchObject({ userId: world.users.admin.id, userRole: 'admin' })
    expect(entry?.details).toMatchObject({
      targetUserId: world.users.doctor.id,
      from: 'doctor',
      to: 'patient',
      reason: 'Tài khoản đăng ký nhầm vai trò',
    })
    const mail = await smtp.lastMailTo('doctor@world.test')
    expect(mail.subject).toContain('role has changed')
    expect(mail.text).toContain('Tài khoản đăng ký nhầm vai trò')
    // the doctor profile stays (history), but it is no longer bookable
    expect((await anonymous.doctors.search({ query: 'doctor' })).items.map((d) => d.id)).not.toContain(world.doctor.id)
    await expect(anonymous.doctors.get({ id: world.doctor.id })).rejects.toMatchObject({ code: 'NOT_FOUND' })

    // back to doctor: the profile exists, so it is allowed
    await admin.admin.changeRole({ userId: world.users.doctor.id, role: 'doctor', reason: 'Khôi phục vai trò' })
    expect((await anonymous.doctors.get({ id: world.doctor.id })).id).toBe(world.doctor.id)
  })

  it('a doctor or patient with upcoming visits keeps the role until they are handled', async () => {
    const appointment = await world.appointmentOfPatient()
    await expect(
      admin.admin.changeRole({ userId: world.users.doctor.id, role: 'patient', reason: 'Đổi vai trò' }),
    ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' })
    await expect(
      admin.admin.changeRole({ userId: world.users.patient.id, role: 'admin', reason: 'Đổi vai trò' }),
    ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' })
    await db.prisma.appointment.update({
      where: { id: appointment.id },
      data: { status: 'cancelled', cancelledBy: 'system', cancellationReason: 'test' },
    })
  })

  it('a hospital moves to another account; the account it left can then take another role', async () => {
    const newcomer = await world.throwawayUser()
    const oldStaffSession = await world.sessionFor(world.users.staff.id)
    // the staff account runs hospital A: it cannot leave the role while it does
    await expect(
      admin.admin.changeRole({ userId: world.users.staff.id, role: 'patient', reason: 'Nghỉ việc' }),
    ).rejects.toMatchObject({ code: 'PRECONDITION_FAILED' })

    await admin.admin.changeRole({
      userId: newcomer.id,
      role: 'hospital',
      hospitalId: world.hospitalA.id,
      reason: 'Quản trị viên mới của bệnh viện',
    })
    expect((await db.prisma.hospital.findUniqueOrThrow({ where: { id: world.hospitalA.id } })).userId).toBe(newcomer.id)
    expect(await validateSessionToken(db.prisma, oldStaffSession)).toBeNull()
    const newcomerCaller = await callerFor(db.prisma, services, await world.sessionFor(newcomer.id))
    expect((await newcomerCaller.myHospital.profile()).id).toBe(world.hospitalA.id)
    const [entry] = await db.prisma.activityLog.findMany({
      where: { action: 'role_change' },
      orderBy: { id: 'desc' },
      take: 1,
    })
    expect(entry?.details).toMatchObject({
      from: 'patient',
      to: 'hospital',
      hospitalId: world.hospitalA.id,
      previousHospitalAccount: world.users.staff.id,
    })

    // the old account runs nothing now
    const oldStaff = await callerFor(db.prisma, services, await world.sessionFor(world.users.staff.id))
    await expect(oldStaff.myHospital.profile()).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await admin.admin.changeRole({ userId: world.users.staff.id, role: 'patient', reason: 'Không còn quản lý' })
    expect((await statusOf(world.users.staff.id)).role).toBe('patient')
    await expect(
      admin.admin.changeRole({
        userId: (await world.throwawayUser()).id,
        role: 'hospital',
        hospitalId: '01900000-0000-7000-8000-000000000000',
        reason: 'Không có',
      }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
