// Favourite doctors through the real browser: a signed-out visitor's heart leads to log in and
// back, the heart toggles at once (and goes back when the server refuses), and the account's
// "Favourite doctors" page lists them, or says there are none. Build the apps first:
//   npm run build -w @medbook/patient -w @medbook/portal
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type AccountsWorld,
  createApprovedDoctor,
  createHospitalStaff,
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

const PATIENT = { email: 'thao.nguyen@example.vn', lastName: 'Nguyễn', firstName: 'Phương Thảo' }
const DOCTOR = {
  email: 'bs.khoa@benhvienanphuoc.vn',
  lastName: 'Lý',
  firstName: 'Minh Khoa',
  licenseNumber: 'HN-BS-2026-0311',
  consultationFee: 300_000,
}
const OTHER_DOCTOR = {
  email: 'bs.lan@benhvienanphuoc.vn',
  lastName: 'Đinh',
  firstName: 'Ngọc Lan',
  licenseNumber: 'HN-BS-2026-0312',
  consultationFee: 250_000,
}
const DOCTOR_NAME = `${DOCTOR.lastName} ${DOCTOR.firstName}`
const HEART = `Yêu thích bác sĩ ${DOCTOR_NAME}`

async function logIn(page: Page, identifier: string) {
  await page.getByLabel('Email hoặc số điện thoại').fill(identifier)
  await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click()
}

/** Waits until the heart says `pressed` (and is usable: while favourites load it is disabled). */
async function expectPressed(page: Page, name: string, pressed: boolean) {
  await page.getByRole('button', { name, pressed, disabled: false, exact: true }).waitFor()
}

describe('favourite doctors in the browser', () => {
  let world: AccountsWorld
  let doctorId: string
  let patientId: string

  beforeAll(async () => {
    world = await startAccountsWorld()
    const staff = await createHospitalStaff(
      world.db,
      { email: 'tiepnhan@benhvienanphuoc.vn', lastName: 'Vũ', firstName: 'Hà' },
      'Bệnh viện An Phước',
    )
    const hospitalId = staff.hospital?.id ?? ''
    doctorId = (await createApprovedDoctor(world.db, hospitalId, DOCTOR)).id
    await createApprovedDoctor(world.db, hospitalId, OTHER_DOCTOR)
    const patient = await createPatient(world.db, PATIENT)
    patientId = (await world.db.prisma.patient.findUniqueOrThrow({ where: { userId: patient.id } })).id
  })

  afterAll(async () => {
    await world?.close()
  })

  it('favourites a doctor from search, finds it in the favourites list, then removes it', async () => {
    const page = await world.newPage(DESKTOP)
    await page.goto('/doctors')
    await heading(page, 'Tìm bác sĩ').waitFor()
    const card = page.getByRole('article', { name: DOCTOR_NAME })
    await card.waitFor()

    // signed out: the heart leads to log in, and back to the search
    await expectPressed(page, HEART, false)
    await card.getByRole('button', { name: HEART }).click()
    await page.waitForURL(/\/login\?next=%2Fdoctors$/)
    await logIn(page, PATIENT.email)
    await page.waitForURL(/\/doctors$/)

    await expectPressed(page, HEART, false)
    await card.getByRole('button', { name: HEART }).click()
    await expectPressed(page, HEART, true)
    await expect.poll(() => world.db.prisma.patientFavoriteDoctor.count({ where: { patientId, doctorId } })).toBe(1)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'patient-doctor-search-favourite-desktop')

    // the doctor's own page knows it too
    await card.getByRole('link', { name: DOCTOR_NAME, exact: true }).click()
    await heading(page, DOCTOR_NAME).waitFor()
    await expectPressed(page, HEART, true)

    await page.getByRole('button', { name: /^Tài khoản/ }).click()
    await page.getByRole('menuitem', { name: 'Hồ sơ cá nhân' }).click()
    await page
      .getByRole('navigation', { name: 'Tài khoản của tôi' })
      .getByRole('link', { name: 'Bác sĩ yêu thích' })
      .click()
    await page.waitForURL(/\/account\/favorites$/)
    await heading(page, 'Bác sĩ yêu thích').waitFor()
    const list = page.getByRole('list', { name: 'Danh sách bác sĩ yêu thích' })
    const favourite = list.getByRole('article', { name: DOCTOR_NAME })
    await favourite.waitFor()
    await favourite.getByText('Bệnh viện An Phước').waitFor()
    expect(await list.getByRole('article').count()).toBe(1)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'patient-favourites-desktop')

    await favourite.getByRole('button', { name: HEART, pressed: true }).click()
    await page.getByText('Chưa có bác sĩ yêu thích').waitFor()
    await expect.poll(() => world.db.prisma.patientFavoriteDoctor.count({ where: { patientId, doctorId } })).toBe(0)
    await page.getByRole('link', { name: 'Tìm bác sĩ' }).last().waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'patient-favourites-empty-desktop')
  })

  it('puts the heart back when the server refuses, and fits a phone', async () => {
    const page = await world.newPage(PHONE)
    await page.goto(`/login?next=%2Fdoctors%2F${doctorId}`)
    await logIn(page, PATIENT.email)
    await heading(page, DOCTOR_NAME).waitFor()
    await expectPressed(page, HEART, false)
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)

    // the API fails this once: the heart fills at once, then empties again with a message
    await page.route('**/trpc/patients.addFavoriteDoctor**', (route) =>
      route.fulfill({ status: 503, contentType: 'text/plain', body: 'unavailable' }),
    )
    await page.getByRole('button', { name: HEART }).click()
    await page.getByText(`Chưa lưu được bác sĩ ${DOCTOR_NAME} vào danh sách yêu thích`).first().waitFor()
    await expectPressed(page, HEART, false)
    expect(await world.db.prisma.patientFavoriteDoctor.count({ where: { patientId, doctorId } })).toBe(0)

    await page.unroute('**/trpc/patients.addFavoriteDoctor**')
    await page.getByRole('button', { name: HEART }).click()
    await expectPressed(page, HEART, true)
    await screenshot(page, 'patient-doctor-profile-favourite-phone')

    await page.goto('/account/favorites')
    await page
      .getByRole('list', { name: 'Danh sách bác sĩ yêu thích' })
      .getByRole('article', { name: DOCTOR_NAME })
      .waitFor()
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'patient-favourites-phone')
  })
})
