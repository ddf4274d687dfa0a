// An administrator blocks a patient who is signed in: the patient's next step in their own
// browser ends on the log-in page with a message, and logging in again says the account is
// blocked. The admin works through the portal's Users and Activity log pages.
// Build the apps first: npm run build -w @medbook/patient -w @medbook/portal
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type AccountsWorld,
  createAdmin,
  createPatient,
  DESKTOP,
  heading,
  horizontalOverflow,
  PASSWORD,
  PHONE,
  screenshot,
  seriousAxeViolations,
  startAccountsWorld,
} from './browser-accounts-harness.js'

const ADMIN = { email: 'quantri@medbook.vn', lastName: 'Phạm', firstName: 'Quốc Huy' }
const PATIENT = { email: 'lan.nguyen@example.vn', lastName: 'Nguyễn', firstName: 'Thị Lan' }
const PATIENT_NAME = `${PATIENT.lastName} ${PATIENT.firstName}`
const REASON = 'Đặt lịch giả nhiều lần'

async function logIn(page: Page, email: string) {
  await page.getByLabel('Email hoặc số điện thoại').fill(email)
  await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click()
}

describe('blocking a signed-in patient', () => {
  let world: AccountsWorld

  beforeAll(async () => {
    world = await startAccountsWorld()
    await createAdmin(world.db, ADMIN)
    await createPatient(world.db, PATIENT)
  })

  afterAll(async () => {
    await world?.close()
  })

  it('throws the patient out at their next step, and refuses their next log-in', async () => {
    const patient = await world.newPage(PHONE)
    await patient.goto('/login')
    await logIn(patient, PATIENT.email)
    await patient.waitForURL(/\/account\/profile$/)
    await heading(patient, 'Hồ sơ cá nhân').waitFor()

    const admin = await world.newPage(DESKTOP)
    await admin.goto('/portal/login')
    await logIn(admin, ADMIN.email)
    await admin.waitForURL(/\/portal\/admin-dashboard$/)
    await admin.goto('/portal/users')
    await heading(admin, 'Người dùng').waitFor()
    const nav = admin.getByRole('navigation', { name: 'Điều hướng chính' })
    await nav.getByRole('link', { name: 'Nhật ký hoạt động' }).waitFor()
    expect(await nav.getByRole('link', { name: 'Mời bác sĩ' }).count()).toBe(0)

    await admin.getByLabel('Tìm theo tên, email hoặc số điện thoại').fill('lan.nguyen')
    await admin.waitForURL(/query=lan\.nguyen/)
    const table = admin.getByRole('table', { name: 'Danh sách người dùng' })
    const row = table.getByRole('row', { name: new RegExp(PATIENT_NAME) })
    await table.getByRole('row', { name: new RegExp(ADMIN.lastName) }).waitFor({ state: 'detached' })
    await row.waitFor()
    await expect.poll(() => table.getByRole('row').count()).toBe(2)
    expect(await row.textContent()).toContain('Đang hoạt động')
    expect(await seriousAxeViolations(admin)).toEqual([])

    await row.getByRole('button', { name: `Thao tác với ${PATIENT_NAME}` }).click()
    await admin.getByRole('menuitem', { name: 'Khóa tài khoản' }).click()
    const dialog = admin.getByRole('alertdialog', { name: `Khóa tài khoản của ${PATIENT_NAME}?` })
    await dialog.getByLabel('Lý do').fill(REASON)
    await screenshot(admin, 'portal-users-block-dialog')
    await dialog.getByRole('button', { name: 'Khóa tài khoản' }).click()
    await dialog.waitFor({ state: 'detached' })
    await row.getByText('Đã khóa').waitFor()
    await screenshot(admin, 'portal-users-desktop')

    // the patient's next step needs the session that no longer exists
    await patient
      .getByRole('navigation', { name: 'Tài khoản của tôi' })
      .getByRole('link', { name: 'Người thân' })
      .click()
    await patient.waitForURL(/\/login\?next=%2Faccount%2Ffamily&reason=session-ended$/)
    await patient.getByText('Phiên đăng nhập đã kết thúc').waitFor()
    await patient.getByRole('banner').getByRole('link', { name: 'Đăng nhập' }).waitFor()

    await logIn(patient, PATIENT.email)
    await patient.getByRole('alert').getByText('Tài khoản của bạn đã bị khóa').waitFor()
    expect(new URL(patient.url()).pathname).toBe('/login')
    await screenshot(patient, 'patient-login-blocked-phone')

    // the change and its reason are in the activity log
    await nav.getByRole('link', { name: 'Nhật ký hoạt động' }).click()
    await heading(admin, 'Nhật ký hoạt động').waitFor()
    await admin.getByRole('combobox', { name: 'Hành động' }).click()
    await admin.getByRole('option', { name: 'Đổi trạng thái tài khoản' }).click()
    await admin.waitForURL(/action=status_change/)
    const log = admin.getByRole('table', { name: 'Nhật ký hoạt động' })
    const entry = log.getByRole('row', { name: /Đổi trạng thái tài khoản/ })
    await entry.waitFor()
    // the header row and the one change, once the filtered page has replaced the full one
    await expect.poll(() => log.getByRole('row').count()).toBe(2)
    const text = await entry.textContent()
    expect(text).toContain(`${ADMIN.lastName} ${ADMIN.firstName}`)
    expect(text).toContain(REASON)
    expect(text).toContain('blocked')
    expect(await seriousAxeViolations(admin)).toEqual([])
    await screenshot(admin, 'portal-activity-desktop')

    await admin.getByRole('button', { name: 'Xóa bộ lọc' }).click()
    await log
      .getByRole('row', { name: /Đăng nhập/ })
      .first()
      .waitFor()
    await admin.setViewportSize(PHONE)
    expect(await horizontalOverflow(admin)).toBeLessThanOrEqual(0)
    await screenshot(admin, 'portal-activity-phone')
    await admin.goto('/portal/users')
    await table.getByRole('row', { name: new RegExp(PATIENT_NAME) }).waitFor()
    expect(await horizontalOverflow(admin)).toBeLessThanOrEqual(0)
    await screenshot(admin, 'portal-users-phone')
  })
})
