import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createSession, validateSessionToken } from '../src/auth/sessions.js'
import { createServices, defaultApiConfig, type Services } from '../src/index.js'
import { callerFor } from './support/callers.js'
import { codeIn, linkIn, startSmtpCapture } from './support/smtp.js'

describe('accounts: sign-up, verification, login, passwords', () => {
  let db: Database
  let smtp: Awaited<ReturnType<typeof startSmtpCapture>>
  let services: Services
  const password = 'Benh-nhan-2026'

  beforeAll(async () => {
    db = await createTestDatabase()
    smtp = await startSmtpCapture()
    services = createServices(defaultApiConfig({ smtpUrl: smtp.url, appUrl: 'https://app.medbook.test' }))
  })
  afterAll(async () => {
    await smtp?.close()
    await db?.close()
  })

  async function signUpAndVerify(email: string) {
    const anonymous = await callerFor(db.prisma, services)
    await anonymous.auth.signUp({ identifier: email, password, firstName: 'Lan', lastName: 'Trần' })
    const code = codeIn(await smtp.lastMailTo(email))
    return anonymous.auth.verifyAccount({ identifier: email, code })
  }

  it('signs up with email, mails a six-digit code stored only as a hash, and verifies into a session', async () => {
    const anonymous = await callerFor(db.prisma, services)
    const result = await anonymous.auth.signUp({
      identifier: 'Lan.Tran@Example.vn',
      password,
      firstName: 'Lan',
      lastName: 'Trần',
    })
    expect(result.sentTo).toBe('l***@example.vn')
    const mail = await smtp.lastMailTo('lan.tran@example.vn')
    const code = codeIn(mail)
    const stored = await db.prisma.user.findUniqueOrThrow({ where: { email: 'lan.tran@example.vn' } })
    expect(stored.verificationStatus).toBe(false)
    expect(JSON.stringify(stored.otp)).not.toContain(code)
    expect(stored.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)

    await expect(anonymous.auth.login({ identifier: 'lan.tran@example.vn', password })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    const session = await anonymous.auth.verifyAccount({ identifier: 'lan.tran@example.vn', code })
    expect(session.user).toMatchObject({ role: 'patient', verificationStatus: true, firstName: 'Lan' })
    const me = await callerFor(db.prisma, services, session.sessionToken)
    const who = await me.auth.me()
    expect(who?.email).toBe('lan.tran@example.vn')
    // only the public fields leave the server: no internal ids, no hashes
    expect(Object.keys(who ?? {}).sort()).toEqual(
      [
        'doctorStatus',
        'email',
        'firstName',
        'hospitalId',
        'hospitalStatus',
        'id',
        'lastName',
        'phoneNumber',
        'profilePicture',
        'role',
        'status',
        'verificationStatus',
      ].sort(),
    )
    const row = await db.prisma.session.findFirstOrThrow({ where: { userId: session.user.id } })
    expect(row.id).not.toBe(session.sessionToken)
    expect(row.id).toMatch(/^[0-9a-f]{64}$/)
  })

  it('accepts a phone number and normalises it to E.164', async () => {
    const anonymous = await callerFor(db.prisma, services)
    const result = await anonymous.auth.signUp({
      identifier: '0912 345 678',
      password,
      firstName: 'Minh',
      lastName: 'Lê',
    })
    expect(result.sentTo).toBe('+84 *** *** 678')
    expect(await db.prisma.user.count({ where: { phoneNumber: '+84912345678' } })).toBe(1)
  })

  it('refuses a code after 5 wrong tries and after it expires', async () => {
    const anonymous = await callerFor(db.prisma, services)
    await anonymous.auth.signUp({ identifier: 'five.tries@example.vn', password, firstName: 'Hoa', lastName: 'Phạm' })
    const code = codeIn(await smtp.lastMailTo('five.tries@example.vn'))
    const wrong = code === '000000' ? '111111' : '000000'
    for (let i = 0; i < 5; i++) {
      await expect(
        anonymous.auth.verifyAccount({ identifier: 'five.tries@example.vn', code: wrong }),
      ).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      })
    }
    await expect(anonymous.auth.verifyAccount({ identifier: 'five.tries@example.vn', code })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    })

    await anonymous.auth.signUp({ identifier: 'late@example.vn', password, firstName: 'Tú', lastName: 'Võ' })
    const lateCode = codeIn(await smtp.lastMailTo('late@example.vn'))
    const user = await db.prisma.user.findUniqueOrThrow({ where: { email: 'late@example.vn' } })
    await db.prisma.user.update({
      where: { id: user.id },
      data: { otp: { ...(user.otp as object), expiresAt: new Date(Date.now() - 1000).toISOString() } },
    })
    await expect(anonymous.auth.verifyAccount({ identifier: 'late@example.vn', code: lateCode })).rejects.toMatchObject(
      {
        code: 'BAD_REQUEST',
      },
    )
  })

  it('answers a sign-up for a taken address exactly like a new one, without a second account', async () => {
    await signUpAndVerify('taken@example.vn')
    const before = smtp.inbox.length
    const anonymous = await callerFor(db.prisma, services)
    const again = await anonymous.auth.signUp({
      identifier: 'taken@example.vn',
      password: 'Another-pass-9',
      firstName: 'X',
      lastName: 'Y',
    })
    expect(again.sentTo).toBe('t***@example.vn')
    expect(await db.prisma.user.count({ where: { email: 'taken@example.vn' } })).toBe(1)
    expect(smtp.inbox.length).toBe(before)
  })

  it('rejects short and common passwords with field errors', async () => {
    const anonymous = await callerFor(db.prisma, services)
    for (const weak of ['short1', 'password123', 'matkhau123']) {
      await expect(
        anonymous.auth.signUp({ identifier: 'weak@example.vn', password: weak, firstName: 'A', lastName: 'B' }),
      ).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    }
  })

  it('gives the same answer for an unknown account and a wrong password', async () => {
    await signUpAndVerify('known@example.vn')
    const anonymous = await callerFor(db.prisma, services, undefined, '198.51.100.1')
    const unknown = await anonymous.auth.login({ identifier: 'nobody@example.vn', password }).catch((e: Error) => e)
    const wrong = await anonymous.auth
      .login({ identifier: 'known@example.vn', password: 'Wrong-pass-1' })
      .catch((e: Error) => e)
    expect(unknown).toMatchObject({ code: 'UNAUTHORIZED' })
    expect(wrong).toMatchObject({ code: 'UNAUTHORIZED', message: (unknown as Error).message })
    const failures = await db.prisma.activityLog.count({ where: { action: 'login_failed' } })
    expect(failures).toBeGreaterThanOrEqual(2)
  })

  it('locks an account after 10 failed logins, with a retry time', async () => {
    await signUpAndVerify('locked@example.vn')
    const anonymous = await callerFor(db.prisma, services, undefined, '198.51.100.2')
    for (let i = 0; i < 10; i++) {
      await expect(
        anonymous.auth.login({ identifier: 'locked@example.vn', password: `Wrong-${i}-pass` }),
      ).rejects.toMatchObject({
        code: 'UNAUTHORIZED',
      })
    }
    const locked = await anonymous.auth.login({ identifier: 'locked@example.vn', password }).catch((e: Error) => e)
    expect(locked).toMatchObject({ code: 'TOO_MANY_REQUESTS' })
  })

  it('changing the password ends the other sessions and keeps this one', async () => {
    const first = await signUpAndVerify('changer@example.vn')
    const anonymous = await callerFor(db.prisma, services)
    const second = await anonymous.auth.login({ identifier: 'changer@example.vn', password })
    const caller = await callerFor(db.prisma, services, first.sessionToken)
    await expect(
      caller.auth.changePassword({ currentPassword: 'not-it-at-all', newPassword: 'Mat-khau-moi-2026' }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    })
    await caller.auth.changePassword({ currentPassword: password, newPassword: 'Mat-khau-moi-2026' })
    expect(await validateSessionToken(db.prisma, first.sessionToken)).not.toBeNull()
    expect(await validateSessionToken(db.prisma, second.sessionToken)).toBeNull()
    await expect(anonymous.auth.login({ identifier: 'changer@example.vn', password })).rejects.toMatchObject({
      code: 'UNAUTHORIZED',
    })
    await anonymous.auth.login({ identifier: 'changer@example.vn', password: 'Mat-khau-moi-2026' })
  })

  it('resets a forgotten password through a single-use emailed link that expires', async () => {
    const session = await signUpAndVerify('forgetful@example.vn')
    const anonymous = await callerFor(db.prisma, services)
    await anonymous.auth.requestPasswordReset({ email: 'nobody-here@example.vn' })
    await anonymous.auth.requestPasswordReset({ email: 'forgetful@example.vn' })
    const link = linkIn(await smtp.lastMailTo('forgetful@example.vn'), '/reset-password')
    expect(link.origin).toBe('https://app.medbook.test')
    const token = link.searchParams.get('token') ?? ''
    const stored = await db.prisma.user.findUniqueOrThrow({ where: { email: 'forgetful@example.vn' } })
    expect(stored.resetPasswordToken).not.toBe(token)
    expect(stored.resetPasswordExpires?.getTime()).toBeGreaterThan(Date.now() + 29 * 60_000)

    await anonymous.auth.resetPassword({ token, password: 'Quen-mat-khau-2026' })
    expect(await validateSessionToken(db.prisma, session.sessionToken)).toBeNull()
    await expect(anonymous.auth.resetPassword({ token, password: 'Lan-thu-hai-2026' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    })
    await anonymous.auth.login({ identifier: 'forgetful@example.vn', password: 'Quen-mat-khau-2026' })

    await anonymous.auth.requestPasswordReset({ email: 'forgetful@example.vn' })
    const second =
      linkIn(await smtp.lastMailTo('forgetful@example.vn'), '/reset-password').searchParams.get('token') ?? ''
    await db.prisma.user.update({
      where: { email: 'forgetful@example.vn' },
      data: { resetPasswordExpires: new Date(Date.now() - 1) },
    })
    await expect(anonymous.auth.resetPassword({ token: second, password: 'Het-han-roi-2026' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    })
  })

  it('a blocked account loses its sessions at once and cannot sign in', async () => {
    const patient = await signUpAndVerify('to-block@example.vn')
    const admin = await db.prisma.user.create({
      data: { role: 'admin', email: 'admin@example.vn', firstName: 'Quản', lastName: 'Trị', verificationStatus: true },
    })
    const { token } = await createSession(db.prisma, admin.id, { ipAddress: null, userAgent: null })
    const adminCaller = await callerFor(db.prisma, services, token)
    await adminCaller.admin.setUserStatus({ userId: patient.user.id, status: 'blocked', reason: 'spam' })
    expect(await db.prisma.session.count({ where: { userId: patient.user.id } })).toBe(0)
    expect(await validateSessionToken(db.prisma, patient.sessionToken)).toBeNull()
    const anonymous = await callerFor(db.prisma, services)
    await expect(anonymous.auth.login({ identifier: 'to-block@example.vn', password })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    })
    const logs = await adminCaller.admin.activityLogs({ action: 'status_change' })
    expect(logs.items[0]?.details).toMatchObject({ targetUserId: patient.user.id, to: 'blocked', reason: 'spam' })
  })

  it('slides the session expiry forward once past half its life', async () => {
    const session = await signUpAndVerify('slider@example.vn')
    const id = (await db.prisma.session.findFirstOrThrow({ where: { userId: session.user.id } })).id
    const soon = new Date(Date.now() + 10 * 24 * 3600_000)
    await db.prisma.session.update({ where: { id }, data: { expiresAt: soon } })
    const validated = await validateSessionToken(db.prisma, session.sessionToken)
    expect(validated?.session.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3600_000)
    await db.prisma.session.update({ where: { id }, data: { expiresAt: new Date(Date.now() - 1) } })
    expect(await validateSessionToken(db.prisma, session.sessionToken)).toBeNull()
  })
})
