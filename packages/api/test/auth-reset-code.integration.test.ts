import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { validateSessionToken } from '../src/auth/sessions.js'
import { createServices, defaultApiConfig, type Services } from '../src/index.js'
import { callerFor } from './support/callers.js'
import { smsCode, startSmsGateway } from './support/sms-gateway.js'
import { codeIn, startSmtpCapture } from './support/smtp.js'

// Password reset by SMS code for accounts that sign in with a phone number, and the code
// expiry that auth.resendCode now returns.

describe('password reset by SMS code', () => {
  let db: Database
  let sms: Awaited<ReturnType<typeof startSmsGateway>>
  let smtp: Awaited<ReturnType<typeof startSmtpCapture>>
  let services: Services
  const password = 'Dien-thoai-2026'
  const newPassword = 'Mat-khau-moi-2026'
  let ip = 0
  /** a caller from an address of its own, so per-IP limits of one test do not spill into the next */
  const anonymous = () => callerFor(db.prisma, services, undefined, `198.51.100.${++ip}`)

  beforeAll(async () => {
    db = await createTestDatabase()
    sms = await startSmsGateway()
    smtp = await startSmtpCapture()
    services = createServices(defaultApiConfig({ smsWebhookUrl: sms.url, smtpUrl: smtp.url }))
  })
  afterAll(async () => {
    await sms?.close()
    await smtp?.close()
    await db?.close()
  })

  /** a patient who signed up with only a phone number and verified it */
  async function phonePatient(local: string) {
    const caller = await anonymous()
    await caller.auth.signUp({ identifier: local, password, firstName: 'Hùng', lastName: 'Đặng' })
    const phone = `+84${local.slice(1)}`
    const session = await caller.auth.verifyAccount({ identifier: local, code: smsCode(await sms.lastSmsTo(phone)) })
    return { phone, session }
  }

  it('texts a hashed six-digit code that resets the password once, ends every session and is logged', async () => {
    const { phone, session } = await phonePatient('0901111222')
    const caller = await anonymous()
    const before = Date.now()
    const sent = await caller.auth.requestPasswordResetCode({ phone: '0901 111 222' })
    expect(sent.sentTo).toBe('+84 *** *** 222')
    expect(sent.codeExpiresAt.getTime()).toBeGreaterThanOrEqual(before + 10 * 60_000 - 1000)
    expect(sent.codeExpiresAt.getTime()).toBeLessThanOrEqual(Date.now() + 10 * 60_000)
    const message = await sms.lastSmsTo(phone)
    expect(message.text).toMatch(/dat lai mat khau/)
    const code = smsCode(message)
    const stored = await db.prisma.user.findUniqueOrThrow({ where: { phoneNumber: phone } })
    expect(JSON.stringify(stored.otp)).not.toContain(code)
    expect(stored.otp).toMatchObject({ purpose: 'password_reset', attempts: 0 })

    // the code cannot be used as a verification code
    await expect(caller.auth.verifyAccount({ identifier: phone, code })).rejects.toMatchObject({ code: 'BAD_REQUEST' })

    await caller.auth.resetPasswordWithCode({ phone, code, newPassword })
    expect(await validateSessionToken(db.prisma, session.sessionToken)).toBeNull()
    await expect(
      caller.auth.resetPasswordWithCode({ phone, code, newPassword: 'Lan-thu-hai-2026' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    await expect(caller.auth.login({ identifier: phone, password })).rejects.toMatchObject({ code: 'UNAUTHORIZED' })
    const signedIn = await caller.auth.login({ identifier: '0901111222', password: newPassword })
    expect(signedIn.user.phoneNumber).toBe(phone)

    const logs = await db.prisma.activityLog.findMany({
      where: { userId: stored.id, action: { in: ['password_reset_request', 'password_reset'] } },
      orderBy: { timestamp: 'asc' },
    })
    expect(logs.map((log) => [log.action, log.details])).toEqual([
      ['password_reset_request', { channel: 'phone' }],
      ['password_reset', { channel: 'phone', sessionsEnded: 1 }],
    ])
    expect(logs[0]?.ipAddress).toMatch(/^198\.51\.100\./)
  })

  it('refuses the right code after 5 wrong tries, and once it has expired', async () => {
    const { phone } = await phonePatient('0902222333')
    const caller = await anonymous()
    await caller.auth.requestPasswordResetCode({ phone })
    const code = smsCode(await sms.lastSmsTo(phone))
    const wrong = code === '000000' ? '111111' : '000000'
    for (let i = 0; i < 5; i++) {
      await expect(caller.auth.resetPasswordWithCode({ phone, code: wrong, newPassword })).rejects.toMatchObject({
        code: 'BAD_REQUEST',
      })
    }
    await expect(caller.auth.resetPasswordWithCode({ phone, code, newPassword })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    })

    await caller.auth.requestPasswordResetCode({ phone })
    const late = smsCode(await sms.lastSmsTo(phone))
    const user = await db.prisma.user.findUniqueOrThrow({ where: { phoneNumber: phone } })
    await db.prisma.user.update({
      where: { id: user.id },
      data: { otp: { ...(user.otp as object), expiresAt: new Date(Date.now() - 1000).toISOString() } },
    })
    await expect(caller.auth.resetPasswordWithCode({ phone, code: late, newPassword })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    })
    await caller.auth.login({ identifier: phone, password })
  })

  it('answers an unknown, unverified or blocked number exactly like a real one, and texts none of them', async () => {
    const caller = await anonymous()
    await caller.auth.signUp({ identifier: '0903333444', password, firstName: 'Chưa', lastName: 'Xác Minh' })
    const { phone: blocked } = await phonePatient('0904444555')
    await db.prisma.user.update({ where: { phoneNumber: blocked }, data: { status: 'blocked' } })
    const before = sms.received.length

    const answers = []
    for (const phone of ['0909999888', '0903333444', '0904444555']) {
      const answer = await caller.auth.requestPasswordResetCode({ phone })
      expect(Object.keys(answer).sort()).toEqual(['codeExpiresAt', 'sentTo'])
      expect(answer.codeExpiresAt.getTime()).toBeGreaterThan(Date.now() + 9 * 60_000)
      answers.push(answer.sentTo)
    }
    expect(answers).toEqual(['+84 *** *** 888', '+84 *** *** 444', '+84 *** *** 555'])
    expect(sms.received.length).toBe(before)

    // the unverified account's sign-up code still verifies it, and is no reset code
    const signUpCode = smsCode(await sms.lastSmsTo('+84903333444'))
    await expect(
      caller.auth.resetPasswordWithCode({ phone: '0903333444', code: signUpCode, newPassword }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' })
    await caller.auth.verifyAccount({ identifier: '0903333444', code: signUpCode })
    // an unknown number gets the same refusal as a wrong code
    const unknown = await caller.auth
      .resetPasswordWithCode({ phone: '0909999888', code: '123456', newPassword })
      .catch((error: Error) => error)
    expect(unknown).toMatchObject({ code: 'BAD_REQUEST' })
  })

  it('limits reset codes per number like reset links per address, with a retry time', async () => {
    const { phone } = await phonePatient('0905555666')
    for (let i = 0; i < 3; i++) await (await anonymous()).auth.requestPasswordResetCode({ phone })
    const refused = await (await anonymous()).auth.requestPasswordResetCode({ phone }).catch((error: Error) => error)
    expect(refused).toMatchObject({ code: 'TOO_MANY_REQUESTS' })
    expect((refused as { cause?: { details?: { retryAfterSeconds?: number } } }).cause?.details).toMatchObject({
      retryAfterSeconds: expect.any(Number),
    })
  })

  it('resendCode returns the new code expiry, and the same kind of answer for an unknown address', async () => {
    const caller = await anonymous()
    await caller.auth.signUp({ identifier: 'resend@example.vn', password, firstName: 'Gửi', lastName: 'Lại' })
    const resent = await caller.auth.resendCode({ identifier: 'resend@example.vn' })
    const stored = await db.prisma.user.findUniqueOrThrow({ where: { email: 'resend@example.vn' } })
    expect(resent.ok).toBe(true)
    expect(resent.expiresAt.toISOString()).toBe((stored.otp as { expiresAt: string }).expiresAt)
    const code = codeIn(await smtp.lastMailTo('resend@example.vn'))
    await caller.auth.verifyAccount({ identifier: 'resend@example.vn', code })

    const unknown = await caller.auth.resendCode({ identifier: 'nobody@example.vn' })
    expect(Object.keys(unknown).sort()).toEqual(['expiresAt', 'ok'])
    expect(unknown.expiresAt.getTime()).toBeGreaterThan(Date.now() + 9 * 60_000)
  })

  it('a registered hospital signs in as pending until an admin verifies it', async () => {
    const caller = await anonymous()
    await caller.auth.registerHospital({
      email: 'dangky@phongkhamanbinh.vn',
      password,
      firstName: 'Bình',
      lastName: 'Phan',
      hospitalName: 'Phòng khám An Bình',
      hospitalType: 'clinic',
      registrationNumber: 'PK-HCM-0099',
      street: '12 Lý Thường Kiệt',
      city: 'Hồ Chí Minh',
      latitude: 10.77,
      longitude: 106.66,
      phoneNumber: '028 3765 4321',
    })
    const code = codeIn(await smtp.lastMailTo('dangky@phongkhamanbinh.vn'))
    const verified = await caller.auth.verifyAccount({ identifier: 'dangky@phongkhamanbinh.vn', code })
    expect(verified.user).toMatchObject({ role: 'hospital', hospitalStatus: 'pending', doctorStatus: null })
    await db.prisma.hospital.update({ where: { id: verified.user.hospitalId ?? '' }, data: { status: 'active' } })
    const me = await (await callerFor(db.prisma, services, verified.sessionToken)).auth.me()
    expect(me?.hospitalStatus).toBe('active')
  })
})
