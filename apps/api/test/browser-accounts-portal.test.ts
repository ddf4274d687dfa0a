// The portal's accounts through the real browser: hospital staff invite a doctor by email, the
// doctor accepts the emailed link in a browser of their own and lands signed in, waiting for
// approval. A staff member resets a forgotten password through the emailed link, which works once.
// Also: a patient who logs in here is pointed to the patient app, and each role
// sees only its own pages. Build the apps first:
//   npm run build -w @medbook/patient -w @medbook/portal
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type AccountsWorld,
  createHospitalStaff,
  createPatient,
  DESKTOP,
  heading,
  horizontalOverflow,
  linkIn,
  PASSWORD,
  PHONE,
  screenshot,
  seriousAxeViolations,
  startAccountsWorld,
} from './browser-accounts-harness.js'

const HOSPITAL = 'Bệnh viện Hồng Phúc'
const STAFF = { email: 'tiepnhan@hongphuc.vn', lastName: 'Đỗ', firstName: 'Minh Tuấn' }
const DOCTOR = { email: 'bs.thuha@hongphuc.vn', lastName: 'Lê', firstName: 'Thu Hà', licence: 'BS-HN-2026-0042' }
const PATIENT = { email: 'khang.vo@example.vn', lastName: 'Võ', firstName: 'Khang' }
const FORGETFUL = { email: 'ketoan@hongphuc.vn', lastName: 'Phan', firstName: 'Thị Mai' }
const DOCTOR_PASSWORD = 'Khambenh@2026'

async function logIn(page: Page, email: string) {
  await page.getByLabel('Email hoặc số điện thoại').fill(email)
  await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click()
}

describe('portal accounts in the browser', () => {
  let world: AccountsWorld

  beforeAll(async () => {
    world = await startAccountsWorld()
    await createHospitalStaff(world.db, STAFF, HOSPITAL)
    await createPatient(world.db, PATIENT)
    await createHospitalStaff(world.db, FORGETFUL, 'Phòng khám Hồng Phúc 2')
  })

  afterAll(async () => {
    await world?.close()
  })

  it('lets hospital staff invite a doctor, who accepts the emailed link and waits for approval', async () => {
    const staff = await world.newPage(DESKTOP)
    await staff.goto('/portal/login')
    await heading(staff, 'Đăng nhập Cổng quản trị').waitFor()
    expect(await seriousAxeViolations(staff)).toEqual([])
    await screenshot(staff, 'portal-login-desktop')
    await logIn(staff, STAFF.email)
    await staff.waitForURL(/\/portal\/dashboard$/)

    // staff see their own pages, not the administrators'
    const nav = staff.getByRole('navigation', { name: 'Điều hướng chính' })
    await nav.getByRole('link', { name: 'Mời bác sĩ' }).click()
    await staff.waitForURL(/\/portal\/invitations$/)
    await heading(staff, 'Mời bác sĩ').waitFor()
    expect(await nav.getByRole('link', { name: 'Người dùng' }).count()).toBe(0)
    expect(await nav.getByRole('link', { name: 'Nhật ký hoạt động' }).count()).toBe(0)

    await staff.getByLabel('Email của bác sĩ').fill(DOCTOR.email)
    await staff.getByRole('button', { name: 'Gửi lời mời' }).click()
    const table = staff.getByRole('table', { name: 'Lời mời đã gửi' })
    const row = table.getByRole('row', { name: new RegExp(DOCTOR.email) })
    await row.waitFor()
    expect(await row.textContent()).toContain('Đang chờ')
    await expect(staff.getByLabel('Email của bác sĩ').inputValue()).resolves.toBe('')
    expect(await seriousAxeViolations(staff)).toEqual([])
    await screenshot(staff, 'portal-invitations-desktop')

    const link = linkIn(await world.mail.lastMailTo(DOCTOR.email), '/accept-invitation')
    expect(link.origin).toBe(world.server.url)
    expect(link.pathname).toBe('/portal/accept-invitation')

    // the doctor opens the link on their phone, in a browser of their own
    const doctor = await world.newPage(PHONE)
    await doctor.goto(link.href)
    await heading(doctor, 'Tham gia MedBook với tư cách bác sĩ').waitFor()
    await doctor.getByText(HOSPITAL).waitFor()
    await doctor.getByText(DOCTOR.email).waitFor()
    expect(await seriousAxeViolations(doctor)).toEqual([])
    expect(await horizontalOverflow(doctor)).toBeLessThanOrEqual(0)
    await screenshot(doctor, 'portal-accept-invitation-phone')

    await doctor.getByLabel('Họ', { exact: true }).fill(DOCTOR.lastName)
    await doctor.getByLabel('Tên', { exact: true }).fill(DOCTOR.firstName)
    await doctor.getByLabel('Số chứng chỉ hành nghề').fill(DOCTOR.licence)
    await doctor.getByLabel('Mật khẩu', { exact: true }).fill(DOCTOR_PASSWORD)
    await doctor.getByLabel('Nhập lại mật khẩu mới').fill(`${DOCTOR_PASSWORD}!`)
    await doctor.getByRole('button', { name: 'Tạo tài khoản bác sĩ' }).click()
    await doctor.getByText('Hai mật khẩu chưa khớp nhau.').waitFor()
    await doctor.getByLabel('Nhập lại mật khẩu mới').fill(DOCTOR_PASSWORD)
    await doctor.getByRole('button', { name: 'Tạo tài khoản bác sĩ' }).click()

    await doctor.waitForURL(/\/portal\/profile$/)
    await heading(doctor, 'Hồ sơ của tôi').waitFor()
    await doctor.getByText('Tài khoản bác sĩ đang chờ phê duyệt').waitFor()
    await doctor.getByRole('button', { name: `Tài khoản: ${DOCTOR.lastName} ${DOCTOR.firstName}` }).waitFor()
    expect(await horizontalOverflow(doctor)).toBeLessThanOrEqual(0)
    await screenshot(doctor, 'portal-profile-pending-phone')

    const stored = await world.db.prisma.doctor.findFirstOrThrow({
      where: { licenseNumber: DOCTOR.licence },
      include: { hospital: true },
    })
    expect(stored.status).toBe('pending')
    expect(stored.hospital.name).toBe(HOSPITAL)

    // the link worked once; the staff list shows it accepted
    await staff.reload()
    await row.getByText('Đã chấp nhận').waitFor()
    await doctor.goto(link.href)
    await doctor.getByText('Lời mời không còn hiệu lực').waitFor()
  })

  it('points a patient who logs in here to the patient app, and keeps each role to its pages', async () => {
    const patient = await world.newPage(PHONE)
    await patient.goto('/portal/login')
    await logIn(patient, PATIENT.email)
    await patient.getByText('Cổng quản trị dành cho cơ sở y tế').waitFor()
    const appLink = patient.getByRole('link', { name: 'Mở MedBook cho bệnh nhân' })
    expect(await appLink.getAttribute('href')).toBe('/')
    await screenshot(patient, 'portal-login-patient-phone')
    // an address inside the portal does not open for a patient either
    await patient.goto('/portal/profile')
    await patient.waitForURL(/\/portal\/login\?next=%2Fprofile$/)
    await patient.getByText('Cổng quản trị dành cho cơ sở y tế').waitFor()
    await appLink.click()
    await patient.waitForURL(`${world.server.url}/`)
    await patient.getByRole('button', { name: /^Tài khoản/ }).waitFor()

    const staff = await world.newPage(PHONE)
    await staff.goto('/portal/users')
    await staff.waitForURL(/\/portal\/login\?next=%2Fusers$/)
    await logIn(staff, STAFF.email)
    await staff.waitForURL(/\/portal\/users$/)
    await heading(staff, 'Bạn không có quyền xem trang này').waitFor()
    await staff.getByRole('link', { name: 'Về trang của tôi' }).click()
    await heading(staff, 'Tổng quan bệnh viện').waitFor()
    expect(await horizontalOverflow(staff)).toBeLessThanOrEqual(0)
    await screenshot(staff, 'portal-dashboard-phone')

    await staff.setViewportSize(DESKTOP)
    await staff.goto('/portal/profile')
    await heading(staff, 'Hồ sơ của tôi').waitFor()
    await screenshot(staff, 'portal-profile-desktop')

    const screens = [
      ['/portal/forgot-password', 'Quên mật khẩu', 'portal-forgot'],
      [`/portal/reset-password?token=${'b'.repeat(40)}`, 'Đặt mật khẩu mới', 'portal-reset'],
      [
        '/portal/accept-invitation?token=unknown-invitation-token-0000',
        'Tham gia MedBook với tư cách bác sĩ',
        'portal-accept-invalid',
      ],
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

  it('resets a forgotten password through the emailed link, once, and logs in with the new one', async () => {
    const page = await world.newPage(PHONE)
    await page.goto('/portal/login')
    await page.getByRole('link', { name: 'Quên mật khẩu?' }).click()
    await page.waitForURL(/\/portal\/forgot-password$/)
    await page.getByLabel('Email công việc').fill(FORGETFUL.email)
    await page.getByRole('button', { name: 'Gửi liên kết đặt lại' }).click()
    await page.getByText('Hãy kiểm tra hộp thư').waitFor()

    const link = linkIn(await world.mail.lastMailTo(FORGETFUL.email), '/portal/reset-password')
    const newPassword = 'Ketoan#2026-moi'
    await page.goto(`${link.pathname}${link.search}`)
    await heading(page, 'Đặt mật khẩu mới').waitFor()
    await page.getByLabel('Mật khẩu mới', { exact: true }).fill(newPassword)
    // a second copy that differs is caught next to its field, before anything is sent
    await page.getByLabel('Nhập lại mật khẩu mới').fill(`${newPassword}x`)
    await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click()
    await page.getByText('Hai mật khẩu chưa khớp nhau.').waitFor()
    await page.getByLabel('Nhập lại mật khẩu mới').fill(newPassword)
    await page.getByRole('button', { name: 'Đặt mật khẩu mới' }).click()
    await page.waitForURL(/\/portal\/login\?reason=password-reset$/)
    await page.getByText('Mật khẩu đã được đặt lại. Hãy đăng nhập bằng mật khẩu mới.').waitFor()
    await page.getByLabel('Email hoặc số điện thoại').fill(FORGETFUL.email)
    await page.getByLabel('Mật khẩu', { exact: true }).fill(newPassword)
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click()
    await page.waitForURL(/\/portal\/dashboard$/)

    // the link worked once: a second use is refused, with the way to a new one
    const again = await world.newPage(PHONE)
    await again.goto(`${link.pathname}${link.search}`)
    await again.getByLabel('Mật khẩu mới', { exact: true }).fill('Mot-lan-nua#2026')
    await again.getByLabel('Nhập lại mật khẩu mới').fill('Mot-lan-nua#2026')
    await again.getByRole('button', { name: 'Đặt mật khẩu mới' }).click()
    await again.getByText('Liên kết không còn hiệu lực').waitFor()
    await again.getByRole('link', { name: 'Yêu cầu liên kết mới' }).waitFor()
  })
})
