// A hospital signs itself up in the portal: the form, the emailed code, and every later sign-in
// showing that the hospital waits for an administrator. Then the staff member uploads a
// profile picture and sees it in the header, and saves their details and a new password with the
// forms both apps share (packages/ui/src/account). Build the apps first:
//   npm run build -w @medbook/patient -w @medbook/portal

import { verifyPassword } from '@medbook/api'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type AccountsWorld,
  codeIn,
  DESKTOP,
  heading,
  horizontalOverflow,
  PASSWORD,
  PHONE,
  screenshot,
  seriousAxeViolations,
  startAccountsWorld,
} from './browser-accounts-harness.js'

const STAFF = { email: 'quanly@phongkhamsongthu.vn', lastName: 'Hoàng', firstName: 'Gia Huy' }
const HOSPITAL = {
  name: 'Phòng khám Đa khoa Sông Thu',
  registrationNumber: 'DN-PK-2026-0117',
  street: '45 Bạch Đằng, Hải Châu',
  city: 'Đà Nẵng',
  phone: '0236 3821 118',
  latitude: '16,0678',
  longitude: '108.2245',
}

/** A 1×1 PNG, for the profile picture. */
const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)

const PENDING_NOTICE = 'Cơ sở y tế đang chờ xác minh'

async function logIn(page: Page, email: string) {
  await page.getByLabel('Email hoặc số điện thoại').fill(email)
  await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click()
}

describe('hospital self-registration in the portal', () => {
  let world: AccountsWorld

  beforeAll(async () => {
    world = await startAccountsWorld()
  })

  afterAll(async () => {
    await world?.close()
  })

  it('registers, verifies with the emailed code, and signs in to a pending hospital', async () => {
    const page = await world.newPage(DESKTOP)
    await page.goto('/portal/login')
    await page.getByRole('link', { name: 'Đăng ký cơ sở' }).click()
    await page.waitForURL(/\/portal\/register-hospital$/)
    await heading(page, 'Đăng ký cơ sở y tế').waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'portal-register-hospital-desktop')

    await page.getByLabel('Tên cơ sở').fill(HOSPITAL.name)
    await page.getByLabel('Số giấy phép hoạt động').fill(HOSPITAL.registrationNumber)
    await page.getByLabel('Địa chỉ', { exact: true }).fill(HOSPITAL.street)
    await page.getByLabel('Tỉnh / thành phố').fill(HOSPITAL.city)
    await page.getByLabel('Số điện thoại của cơ sở').fill(HOSPITAL.phone)
    await page.getByLabel('Vĩ độ').fill(HOSPITAL.latitude)
    await page.getByLabel('Kinh độ').fill(HOSPITAL.longitude)
    await page.getByLabel('Họ', { exact: true }).fill(STAFF.lastName)
    await page.getByLabel('Tên', { exact: true }).fill(STAFF.firstName)
    await page.getByLabel('Email công việc').fill(STAFF.email)
    await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD)
    await page.getByLabel('Nhập lại mật khẩu mới').fill(`${PASSWORD}x`)
    // the form checks before anything is sent, and says so next to the field
    await page.getByRole('button', { name: 'Đăng ký cơ sở' }).click()
    await page.getByText('Hai mật khẩu chưa khớp nhau.').waitFor()
    await page.getByLabel('Nhập lại mật khẩu mới').fill(PASSWORD)
    await page.getByRole('button', { name: 'Đăng ký cơ sở' }).click()

    await page.waitForURL(/\/portal\/register-hospital\/verify$/)
    await heading(page, 'Xác minh email').waitFor()
    await page.getByText('q***@phongkhamsongthu.vn').waitFor()
    // the code's lifetime counts down, and a new code can be asked for only after a minute
    await page.getByText(/Mã hết hạn sau\s*(10:00|9:\d\d)/).waitFor()
    expect(await page.getByRole('button', { name: /Gửi lại mã sau/ }).isDisabled()).toBe(true)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'portal-register-hospital-verify-desktop')

    const stored = await world.db.prisma.hospital.findFirstOrThrow({
      where: { registrationNumber: HOSPITAL.registrationNumber },
      include: { user: true },
    })
    expect(stored).toMatchObject({ name: HOSPITAL.name, status: 'pending', verified: false, latitude: 16.0678 })
    expect(stored.user.phoneNumber).toBe('+842363821118')

    const code = codeIn(await world.mail.lastMailTo(STAFF.email))
    const codeBox = page.getByLabel('Mã xác minh')
    await codeBox.fill(code === '000000' ? '111111' : '000000')
    await page.getByRole('button', { name: 'Xác minh và đăng nhập' }).click()
    await page.getByText('Mã không đúng hoặc đã hết hạn').waitFor()
    await codeBox.fill(code)
    await page.getByRole('button', { name: 'Xác minh và đăng nhập' }).click()

    await page.waitForURL(/\/portal\/profile$/)
    await heading(page, 'Hồ sơ của tôi').waitFor()
    await page.getByText(PENDING_NOTICE).waitFor()

    // log out, and in again: the hospital still waits, and says so
    await page.getByRole('button', { name: `Tài khoản: ${STAFF.lastName} ${STAFF.firstName}` }).click()
    await page.getByRole('menuitem', { name: 'Đăng xuất' }).click()
    await page.goto('/portal/login')
    await logIn(page, STAFF.email)
    await page.waitForURL(/\/portal\/profile$/)
    await page.getByText(PENDING_NOTICE).waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'portal-hospital-pending-desktop')

    // once an administrator verifies it, staff start on their usual page without the notice
    await world.db.prisma.hospital.update({ where: { id: stored.id }, data: { status: 'active', verified: true } })
    const later = await world.newPage(DESKTOP)
    await later.goto('/portal/login')
    await logIn(later, STAFF.email)
    await later.waitForURL((url) => url.pathname !== '/portal/login')
    expect(new URL(later.url()).pathname).not.toBe('/portal/profile')
    await later.goto('/portal/profile')
    await heading(later, 'Hồ sơ của tôi').waitFor()
    expect(await later.getByText(PENDING_NOTICE).count()).toBe(0)
  })

  it('fits a phone, and a signed-out visit to the code screen can ask for a new code', async () => {
    const page = await world.newPage(PHONE)
    await page.goto('/portal/register-hospital')
    await heading(page, 'Đăng ký cơ sở y tế').waitFor()
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await screenshot(page, 'portal-register-hospital-phone')

    await page.goto('/portal/register-hospital/verify')
    await heading(page, 'Xác minh email').waitFor()
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await page.getByLabel('Email công việc').fill('chua-co@example.vn')
    await page.getByRole('button', { name: 'Gửi lại mã' }).click()
    await page.getByText('Đã gửi mã mới. Hãy kiểm tra hộp thư hoặc tin nhắn.', { exact: true }).waitFor()
    // the answer carries the new code's expiry, counted down on the screen
    await page.getByText(/Mã hết hạn sau\s*(10:00|9:\d\d)/).waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'portal-register-hospital-verify-phone')
  })

  it('uploads a profile picture that then shows in the header, and saves the details and a new password', async () => {
    const page = await world.newPage(DESKTOP)
    await page.goto('/portal/login')
    await logIn(page, STAFF.email)
    await page.waitForURL((url) => url.pathname !== '/portal/login')
    await page.goto('/portal/profile')
    await heading(page, 'Hồ sơ của tôi').waitFor()
    const header = page.getByRole('banner')
    expect(await header.locator('img').count()).toBe(0)

    await page.getByRole('button', { name: 'Chọn ảnh' }).waitFor()
    await page.locator('input[type=file]').setInputFiles({ name: 'huy.png', mimeType: 'image/png', buffer: PIXEL_PNG })
    await page.getByRole('img', { name: 'Xem trước ảnh đại diện mới' }).waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Lưu ảnh' }).click()
    await page.getByText('Đã cập nhật ảnh đại diện.').first().waitFor()
    await page.getByRole('button', { name: 'Đổi ảnh' }).waitFor()

    const avatar = header.locator('img')
    await avatar.waitFor()
    const src = (await avatar.getAttribute('src')) ?? ''
    expect(src).toMatch(/^\/uploads\//)
    const user = await world.db.prisma.user.findUniqueOrThrow({ where: { email: STAFF.email } })
    expect(user.profilePicture).toBe(src)
    // the picture is really served, to the header's image
    expect(await avatar.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1)
    await screenshot(page, 'portal-profile-picture-desktop')

    // a file that is not an image is refused before any upload
    await page.locator('input[type=file]').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('không phải ảnh'),
    })
    await page.getByText('Hãy dùng ảnh JPEG, PNG hoặc WebP.').waitFor()

    // the details and password forms (the same ones the patient app shows): saved, and they hold
    await page.getByLabel('Địa chỉ', { exact: true }).fill('12 Lê Duẩn')
    await page.getByLabel('Tỉnh / thành phố').fill('Đà Nẵng')
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click()
    await page.getByText('Đã lưu hồ sơ.').first().waitFor()
    const newPassword = `${PASSWORD}-moi`
    await page.getByLabel('Mật khẩu hiện tại').fill(PASSWORD)
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(newPassword)
    await page.getByLabel('Nhập lại mật khẩu mới').fill(newPassword)
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click()
    await page.getByText('Đã đổi mật khẩu.').first().waitFor()
    const saved = await world.db.prisma.user.findUniqueOrThrow({ where: { email: STAFF.email } })
    expect(saved.address).toMatchObject({ street: '12 Lê Duẩn', city: 'Đà Nẵng' })
    expect(await verifyPassword(saved.password, newPassword)).toBe(true)
  })
})
