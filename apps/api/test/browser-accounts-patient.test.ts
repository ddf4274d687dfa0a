// A patient's account through the real browser: sign up, the emailed code, log out and in,
// family members, and every account screen on a phone and a desktop. Build the apps first:
//   npm run build -w @medbook/patient -w @medbook/portal
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

const PATIENT = { email: 'minhanh.tran@example.vn', lastName: 'Trần', firstName: 'Minh Anh' }
const RELATIVE = { lastName: 'Trần', firstName: 'Văn Bình', dateOfBirth: '1960-05-12', phone: '0912345678' }

/** A 1×1 PNG, for the profile picture. */
const PIXEL_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)

async function logOutFromHeader(page: Page) {
  await page.getByRole('button', { name: /^Tài khoản/ }).click()
  await page.getByRole('menuitem', { name: 'Đăng xuất' }).click()
  await page.getByRole('banner').getByRole('link', { name: 'Đăng nhập' }).waitFor()
}

async function logIn(page: Page, identifier: string) {
  await page.getByLabel('Email hoặc số điện thoại').fill(identifier)
  await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click()
}

describe('patient accounts in the browser', () => {
  let world: AccountsWorld

  beforeAll(async () => {
    world = await startAccountsWorld()
  })

  afterAll(async () => {
    await world?.close()
  })

  it('signs up, verifies with the emailed code, logs out and in, and adds a family member on a phone', async () => {
    const page = await world.newPage(PHONE)
    await page.goto('/signup')
    await heading(page, 'Tạo tài khoản MedBook').waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)

    await page.getByLabel('Họ', { exact: true }).fill(PATIENT.lastName)
    await page.getByLabel('Tên', { exact: true }).fill(PATIENT.firstName)
    await page.getByLabel('Email hoặc số điện thoại').fill(PATIENT.email)
    // the shared schema refuses a common password before anything is sent, and says so next to the field
    const password = page.getByLabel('Mật khẩu', { exact: true })
    await password.fill('matkhau123')
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click()
    const tooCommon = page.getByText('Mật khẩu này quá phổ biến')
    await tooCommon.waitFor()
    expect(await password.getAttribute('aria-invalid')).toBe('true')
    expect(await password.getAttribute('aria-describedby')).toContain(await tooCommon.getAttribute('id'))
    await screenshot(page, 'patient-signup-error-phone')

    await password.fill(PASSWORD)
    await page.getByRole('button', { name: 'Tạo tài khoản' }).click()
    await page.waitForURL(/\/verify$/)
    await heading(page, 'Xác minh tài khoản').waitFor()
    await page.getByText('m***@example.vn').waitFor()
    await page.getByRole('button', { name: /Gửi lại mã sau/ }).waitFor()
    await screenshot(page, 'patient-verify-phone')

    // a wrong code is refused in place; the emailed one signs the patient in
    const code = codeIn(await world.mail.lastMailTo(PATIENT.email))
    const codeBox = page.getByLabel('Mã xác minh')
    await codeBox.fill(code === '000000' ? '111111' : '000000')
    await page.getByRole('button', { name: 'Xác minh và đăng nhập' }).click()
    await page.getByText('Mã không đúng hoặc đã hết hạn').waitFor()
    await codeBox.fill(code)
    await page.getByRole('button', { name: 'Xác minh và đăng nhập' }).click()
    await page.waitForURL(/\/account\/profile$/)
    await heading(page, 'Hồ sơ cá nhân').waitFor()
    await expect(page.getByLabel('Tên', { exact: true }).inputValue()).resolves.toBe(PATIENT.firstName)

    await logOutFromHeader(page)
    expect(new URL(page.url()).pathname).toBe('/')

    await page.getByRole('banner').getByRole('link', { name: 'Đăng nhập' }).click()
    await heading(page, 'Đăng nhập').waitFor()
    await logIn(page, PATIENT.email)
    await page.waitForURL(/\/account\/profile$/)

    await page.getByRole('navigation', { name: 'Tài khoản của tôi' }).getByRole('link', { name: 'Người thân' }).click()
    await heading(page, 'Người thân').waitFor()
    await page.getByText('Chưa có người thân nào').waitFor()
    await page.getByRole('button', { name: 'Thêm người thân' }).click()
    const dialog = page.getByRole('dialog', { name: 'Thêm người thân' })
    await dialog.getByRole('combobox', { name: 'Mối quan hệ' }).click()
    // one label per relationship: the form, the card and the booking's result all read "Bố/mẹ"
    await page.getByRole('option', { name: 'Bố/mẹ' }).click()
    await dialog.getByLabel('Họ', { exact: true }).fill(RELATIVE.lastName)
    await dialog.getByLabel('Tên', { exact: true }).fill(RELATIVE.firstName)
    await dialog.getByLabel('Ngày sinh').fill(RELATIVE.dateOfBirth)
    await dialog.getByRole('combobox', { name: 'Giới tính' }).click()
    await page.getByRole('option', { name: 'Nam', exact: true }).click()
    await dialog.getByLabel('Số điện thoại').fill(RELATIVE.phone)
    await screenshot(page, 'patient-family-dialog-phone')
    await dialog.getByRole('button', { name: 'Thêm người thân' }).click()
    await dialog.waitFor({ state: 'detached' })

    const list = page.getByRole('list', { name: 'Danh sách người thân' })
    const card = list.getByRole('article', { name: `${RELATIVE.lastName} ${RELATIVE.firstName}` })
    await card.waitFor()
    const text = await card.textContent()
    expect(text).toContain('Bố/mẹ')
    expect(text).toContain('0912 345 678')
    expect(text).toContain('12 thg 5, 1960')
    expect(await seriousAxeViolations(page)).toEqual([])
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await screenshot(page, 'patient-family-phone')

    await logOutFromHeader(page)
    // signed out, the account area sends the visitor to log in first
    await page.goto('/account/family')
    await page.waitForURL(/\/login\?next=%2Faccount%2Ffamily$/)
  })

  it('shows every account screen on a desktop and a phone, and an API key secret once', async () => {
    const page = await world.newPage(DESKTOP)
    await page.goto('/account/security')
    await page.waitForURL(/\/login\?next=/)
    await logIn(page, PATIENT.email)
    // back where the patient was going
    await page.waitForURL(/\/account\/security$/)
    await heading(page, 'Bảo mật').waitFor()
    const sessions = page.getByRole('list', { name: 'Thiết bị đang đăng nhập' })
    await sessions.getByText('Thiết bị này', { exact: true }).waitFor()

    await page.goto('/account/profile')
    await heading(page, 'Hồ sơ cá nhân').waitFor()
    await page.locator('input[type=file]').setInputFiles({ name: 'me.png', mimeType: 'image/png', buffer: PIXEL_PNG })
    await page.getByRole('img', { name: 'Xem trước ảnh đại diện mới' }).waitFor()
    await page.getByRole('button', { name: 'Lưu ảnh' }).click()
    await page.getByText('Đã cập nhật ảnh đại diện.').first().waitFor()
    await page.getByRole('button', { name: 'Đổi ảnh' }).waitFor()
    // the details form (shared with the portal): saved, and still there after a reload
    await page.getByLabel('Ngày sinh').fill('1990-04-30')
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click()
    await page.getByText('Đã lưu hồ sơ.').first().waitFor()
    await page.reload()
    await expect(page.getByLabel('Ngày sinh').inputValue()).resolves.toBe('1990-04-30')

    await page.goto('/account/api-keys')
    await heading(page, 'Khóa API').waitFor()
    await page.getByRole('button', { name: 'Tạo khóa API' }).click()
    const dialog = page.getByRole('dialog', { name: 'Tạo khóa API' })
    await dialog.getByLabel('Tên khóa').fill('Ứng dụng theo dõi sức khỏe')
    await dialog.getByRole('checkbox', { name: /Xem người thân/ }).check()
    await dialog.getByRole('button', { name: 'Tạo khóa' }).click()
    const secret = await page.getByLabel('Khóa API', { exact: true }).inputValue()
    expect(secret).toMatch(/^mbk_/)
    await screenshot(page, 'patient-api-key-secret')
    await page.getByRole('button', { name: 'Tôi đã lưu khóa' }).click()
    const keys = page.getByRole('list', { name: 'Khóa API của bạn' })
    const key = keys.getByRole('listitem', { name: 'Ứng dụng theo dõi sức khỏe' })
    await key.waitFor()
    expect(await key.textContent()).toContain('Đang hoạt động')
    // the list shows the prefix only, never the secret
    expect(await keys.textContent()).not.toContain(secret)

    // the health profile: an allergy typed and added with Enter, an emergency contact, saved and reloaded
    await page.goto('/account/medical')
    await heading(page, 'Hồ sơ sức khỏe').waitFor()
    await page.getByLabel('Thêm dị ứng').fill('Penicillin')
    await page.getByLabel('Thêm dị ứng').press('Enter')
    await page.getByRole('button', { name: 'Xóa dị ứng Penicillin' }).waitFor()
    await page.getByLabel('Họ và tên').fill('Trần Văn Bình')
    await page.getByLabel('Quan hệ với bạn').fill('Bố')
    await page.getByLabel('Số điện thoại').fill('0912345678')
    await page.getByRole('button', { name: 'Lưu hồ sơ sức khỏe' }).click()
    await page.getByText('Đã lưu hồ sơ sức khỏe.').first().waitFor()
    await page.reload()
    await page.getByRole('list', { name: 'Danh sách dị ứng' }).getByText('Penicillin').waitFor()
    await expect(page.getByLabel('Quan hệ với bạn').inputValue()).resolves.toBe('Bố')

    // a family member edited in place, then removed after a confirmation
    await page.goto('/account/family')
    const relative = page.getByRole('article', { name: 'Trần Văn Bình' })
    await relative.getByRole('button', { name: 'Sửa Trần Văn Bình' }).click()
    const edit = page.getByRole('dialog', { name: 'Sửa thông tin Trần Văn Bình' })
    await edit.getByLabel('Số điện thoại').fill('0987 654 321')
    await edit.getByRole('button', { name: 'Lưu thay đổi' }).click()
    await edit.waitFor({ state: 'detached' })
    await relative.getByText('0987 654 321').waitFor()
    await relative.getByRole('button', { name: 'Xóa Trần Văn Bình' }).click()
    const confirm = page.getByRole('alertdialog', { name: 'Xóa Trần Văn Bình?' })
    await screenshot(page, 'patient-family-remove-desktop')
    await confirm.getByRole('button', { name: 'Xóa người thân' }).click()
    await confirm.waitFor({ state: 'detached' })
    await page.getByText('Chưa có người thân nào').waitFor()

    // a wrong current password is refused next to its field
    await page.goto('/account/security')
    await page.getByLabel('Mật khẩu hiện tại').fill('not-my-password')
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill('Mot-mat-khau-moi-2026')
    await page.getByLabel('Nhập lại mật khẩu mới').fill('Mot-mat-khau-moi-2026')
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click()
    await page.getByText('Mật khẩu hiện tại không đúng.').waitFor()

    // and in English
    await page.getByRole('button', { name: /Ngôn ngữ/ }).click()
    await page.getByRole('menuitemradio', { name: 'English' }).click()
    await heading(page, 'Security').waitFor()
    await page.getByText('This device', { exact: true }).waitFor()
    await page.getByRole('button', { name: 'Change password' }).waitFor()
    await page.getByLabel('Current password').waitFor()
    await screenshot(page, 'patient-security-en-desktop')
    await page.getByRole('button', { name: /Language/ }).click()
    await page.getByRole('menuitemradio', { name: 'Tiếng Việt' }).click()
    await heading(page, 'Bảo mật').waitFor()

    const screens = [
      ['/account/profile', 'Hồ sơ cá nhân', 'patient-profile'],
      ['/account/medical', 'Hồ sơ sức khỏe', 'patient-medical'],
      ['/account/family', 'Người thân', 'patient-family'],
      ['/account/security', 'Bảo mật', 'patient-security'],
      ['/account/api-keys', 'Khóa API', 'patient-api-keys'],
    ] as const
    for (const [path, title, name] of screens) {
      await page.goto(path)
      await heading(page, title).waitFor()
      await page.waitForLoadState('networkidle')
      await screenshot(page, `${name}-desktop`)
    }

    await page.setViewportSize(PHONE)
    for (const [path, title, name] of screens) {
      await page.goto(path)
      await heading(page, title).waitFor()
      await page.waitForLoadState('networkidle')
      expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0)
      await screenshot(page, `${name}-phone`)
    }
  })

  it('shows the public account screens on a desktop and a phone', async () => {
    const screens = [
      ['/login', 'Đăng nhập', 'patient-login'],
      ['/signup', 'Tạo tài khoản MedBook', 'patient-signup'],
      ['/verify', 'Xác minh tài khoản', 'patient-verify-unknown'],
      ['/forgot-password', 'Quên mật khẩu', 'patient-forgot'],
      [`/reset-password?token=${'a'.repeat(40)}`, 'Đặt mật khẩu mới', 'patient-reset'],
    ] as const
    for (const [viewport, suffix] of [
      [DESKTOP, 'desktop'],
      [PHONE, 'phone'],
    ] as const) {
      const page = await world.newPage(viewport)
      for (const [path, title, name] of screens) {
        await page.goto(path)
        await heading(page, title).waitFor()
        expect(await horizontalOverflow(page), path).toBeLessThanOrEqual(0)
        await screenshot(page, `${name}-${suffix}`)
      }
      expect(await seriousAxeViolations(page)).toEqual([])
    }
  })
})
