// A patient who signs in with a phone number and has no email resets a forgotten password
// by a code texted to the phone, through the real browser and a real SMS gateway webhook.
// Every other device is signed out. Build the apps first:
//   npm run build -w @medbook/patient -w @medbook/portal
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type AccountsWorld,
  createPhonePatient,
  DESKTOP,
  heading,
  horizontalOverflow,
  PASSWORD,
  PHONE,
  screenshot,
  seriousAxeViolations,
  smsCode,
  startAccountsWorld,
} from './browser-accounts-harness.js'

const PATIENT = { phoneNumber: '+84987654321', lastName: 'Bùi', firstName: 'Văn Tâm' }
const TYPED_PHONE = '0987 654 321'
const NEW_PASSWORD = 'Tam-doi-mat-khau-26'

async function logIn(page: Page, identifier: string, password: string) {
  await page.getByLabel('Email hoặc số điện thoại').fill(identifier)
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click()
}

describe('password reset by SMS code in the browser', () => {
  let world: AccountsWorld

  beforeAll(async () => {
    world = await startAccountsWorld()
    await createPhonePatient(world.db, PATIENT)
  })

  afterAll(async () => {
    await world?.close()
  })

  it('texts a code, sets a new password with it, signs out other devices, and signs in with the new one', async () => {
    // another device, signed in before the reset
    const other = await world.newPage(DESKTOP)
    await other.goto('/login')
    await logIn(other, TYPED_PHONE, PASSWORD)
    await other.waitForURL(/\/account\/profile$/)

    const page = await world.newPage(PHONE)
    await page.goto('/login')
    await page.getByRole('link', { name: 'Quên mật khẩu?' }).click()
    await heading(page, 'Quên mật khẩu').waitFor()
    await page.getByRole('tab', { name: 'Số điện thoại' }).click()
    await page.getByRole('textbox', { name: 'Số điện thoại' }).fill(TYPED_PHONE)
    expect(await seriousAxeViolations(page)).toEqual([])
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await screenshot(page, 'patient-forgot-phone-phone')
    await page.getByRole('button', { name: 'Gửi mã qua tin nhắn' }).click()

    await heading(page, 'Nhập mã và mật khẩu mới').waitFor()
    await page.getByText('+84 *** *** 321').waitFor()
    await page.getByText(/Mã hết hạn sau\s*(10:00|9:\d\d)/).waitFor()
    expect(await page.getByRole('button', { name: /Gửi lại mã sau/ }).isDisabled()).toBe(true)
    expect(await seriousAxeViolations(page)).toEqual([])
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await screenshot(page, 'patient-reset-code-phone')

    const sms = await world.sms.lastSmsTo(PATIENT.phoneNumber)
    const code = smsCode(sms)
    const codeBox = page.getByLabel('Mã trong tin nhắn')
    await codeBox.fill(code === '000000' ? '111111' : '000000')
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(NEW_PASSWORD)
    await page.getByLabel('Nhập lại mật khẩu mới').fill(NEW_PASSWORD)
    await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click()
    await page.getByText('Mã không đúng hoặc đã hết hạn').waitFor()
    expect(await codeBox.getAttribute('aria-invalid')).toBe('true')

    await codeBox.fill(code)
    await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click()
    await page.waitForURL(/\/login\?reason=password-reset$/)
    await page.getByText('Mật khẩu đã được đặt lại. Hãy đăng nhập bằng mật khẩu mới.').waitFor()

    // the old password no longer works; the new one does
    await logIn(page, TYPED_PHONE, PASSWORD)
    await page.getByText('Email, số điện thoại hoặc mật khẩu không đúng.').waitFor()
    await logIn(page, TYPED_PHONE, NEW_PASSWORD)
    await page.waitForURL(/\/account\/profile$/)
    await heading(page, 'Hồ sơ cá nhân').waitFor()

    // the device signed in before the reset was signed out
    await other.goto('/account/security')
    await other.waitForURL(/\/login\?next=%2Faccount%2Fsecurity/)

    const log = await world.db.prisma.activityLog.findFirstOrThrow({
      where: { action: 'password_reset', user: { phoneNumber: PATIENT.phoneNumber } },
    })
    expect(log.details).toMatchObject({ channel: 'phone', sessionsEnded: 1 })
  })

  it('answers an unknown number like a known one, and shows the email path on a desktop', async () => {
    const page = await world.newPage(DESKTOP)
    await page.goto('/forgot-password')
    await heading(page, 'Quên mật khẩu').waitFor()
    await page.getByRole('textbox', { name: 'Email' }).waitFor()
    await screenshot(page, 'patient-forgot-email-desktop')
    await page.getByRole('tab', { name: 'Số điện thoại' }).click()
    await page.getByRole('textbox', { name: 'Số điện thoại' }).fill('0900 000 111')
    await page.getByRole('button', { name: 'Gửi mã qua tin nhắn' }).click()
    await heading(page, 'Nhập mã và mật khẩu mới').waitFor()
    await page.getByText('+84 *** *** 111').waitFor()
    await expect(world.sms.lastSmsTo('+84900000111')).rejects.toThrow('no SMS')
    // another number can be tried from here
    await page.getByRole('button', { name: 'Dùng số điện thoại khác' }).click()
    await heading(page, 'Quên mật khẩu').waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
  })
})
