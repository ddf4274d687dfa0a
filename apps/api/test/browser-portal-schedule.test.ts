// The hospital portal's schedule through the real browser: staff open tomorrow's queue, book a
// walk-in patient into a free slot and cancel it with a reason. The built portal is served by the
// real HTTP server on a fresh database. Build the apps first:
//   npm run build -w @medbook/patient -w @medbook/portal
import { existsSync, mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { hashPassword } from '@medbook/api'
import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import axe from 'axe-core'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../src/server.js'

const SCREENSHOTS = '/tmp/medbook-screenshots'
const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const
const ZONE = 'Asia/Ho_Chi_Minh'
const PASSWORD = 'Benhvien#2026'
const STAFF_EMAIL = 'tiepnhan@an-khang.vn'
const SLOT_TIMES = ['08:00', '08:30', '09:00', '09:30', '10:00', '10:30', '11:00', '11:30']

function plus30(time: string): string {
  const [h = 0, m = 0] = time.split(':').map(Number)
  const total = h * 60 + m + 30
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
}

/** The hospital's calendar day, `offset` days from today. */
function hospitalDay(offset: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date())
  const [y = 0, m = 1, d = 1] = today.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10)
}

/** A hospital-local day and clock time as an instant (Vietnam is UTC+7 all year). */
const localInstant = (date: string, time: string) => new Date(`${date}T${time}:00+07:00`)

async function seedFixture(db: Database) {
  const prisma = db.prisma
  const specialty = await prisma.specialty.create({
    data: { name: 'Nội tổng quát', nameEn: 'General internal medicine', slug: 'general-internal-medicine' },
  })
  const staff = await prisma.user.create({
    data: {
      role: 'hospital',
      email: STAFF_EMAIL,
      password: await hashPassword(PASSWORD),
      firstName: 'Thu Trang',
      lastName: 'Nguyễn',
      verificationStatus: true,
    },
  })
  const hospital = await prisma.hospital.create({
    data: {
      userId: staff.id,
      name: 'Phòng khám An Khang',
      type: 'clinic',
      street: '12 Lê Lợi, Phường Bến Nghé, Quận 1',
      city: 'TP. Hồ Chí Minh',
      latitude: 10.7745,
      longitude: 106.7008,
      contactInfo: { phoneNumber: '+842838221234' },
      registrationNumber: 'HCM-PK-0012',
      verified: true,
      status: 'active',
      operatingHours: { create: DAYS.map((day) => ({ day, openTime: '07:00', closeTime: '17:00' })) },
      specialties: { create: [{ specialtyId: specialty.id }] },
    },
  })
  const doctorUser = await prisma.user.create({
    data: { role: 'doctor', email: 'bs.binh@an-khang.vn', firstName: 'Văn Bình', lastName: 'Trần', gender: 'male' },
  })
  const doctor = await prisma.doctor.create({
    data: {
      userId: doctorUser.id,
      hospitalId: hospital.id,
      licenseNumber: 'HCM-BS-0101',
      languages: ['vi'],
      experience: 10,
      consultationFee: 250_000,
      status: 'approved',
      specialties: { create: [{ specialtyId: specialty.id }] },
      availability: {
        create: DAYS.flatMap((day) =>
          SLOT_TIMES.map((startTime) => ({ day, startTime, endTime: plus30(startTime), type: 'in_person' as const })),
        ),
      },
    },
  })
  await prisma.systemSetting.create({ data: { key: 'calendar.publicHolidays', value: [] } })
  const patientUser = await prisma.user.create({
    data: {
      role: 'patient',
      email: 'lan.pham@example.vn',
      phoneNumber: '+84901234567',
      password: await hashPassword(PASSWORD),
      firstName: 'Thị Lan',
      lastName: 'Phạm',
      verificationStatus: true,
      patient: { create: {} },
    },
    include: { patient: true },
  })
  // a patient of other hospitals only: this clinic's desk must not learn her name from her phone number
  await prisma.user.create({
    data: {
      role: 'patient',
      phoneNumber: '+84933111222',
      firstName: 'Thị Hạnh',
      lastName: 'Võ',
      verificationStatus: true,
      patient: { create: {} },
    },
  })
  const patientId = patientUser.patient?.id ?? ''
  const tomorrow = hospitalDay(1)
  const visit = (date: string, time: string) => ({
    patientId,
    doctorId: doctor.id,
    hospitalId: hospital.id,
    appointmentDate: new Date(`${date}T00:00:00Z`),
    startsAt: localInstant(date, time),
    endsAt: localInstant(date, plus30(time)),
    type: 'in_person' as const,
    queueNumber: 1,
  })
  // last week's missed visit: the queue shows a no-show badge
  const lastWeek = hospitalDay(-7)
  await prisma.appointment.create({ data: { ...visit(lastWeek, '08:00'), status: 'no_show' } })
  const booked = await prisma.appointment.create({
    data: { ...visit(tomorrow, '08:00'), reasonForVisit: 'Ho kéo dài hai tuần' },
  })
  return { doctorId: doctor.id, hospitalId: hospital.id, tomorrow, bookedId: booked.id }
}

async function seriousAxeViolations(page: Page) {
  await page.addScriptTag({ content: axe.source })
  const results = await page.evaluate(() => (window as unknown as { axe: typeof axe }).axe.run())
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }))
}

describe('the portal schedule, in the browser', () => {
  let db: Database
  let server: RunningServer
  let browser: Browser
  let fixture: Awaited<ReturnType<typeof seedFixture>>
  const contexts: BrowserContext[] = []

  async function staffPage(viewport = { width: 1280, height: 900 }) {
    const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: ZONE })
    context.setDefaultTimeout(15_000)
    contexts.push(context)
    const page = await context.newPage()
    await page.goto(`${server.url}/portal/login`)
    await page.getByLabel('Email hoặc số điện thoại').fill(STAFF_EMAIL)
    await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD)
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click()
    await page.waitForURL((url) => url.pathname !== '/portal/login')
    return page
  }

  beforeAll(async () => {
    for (const app of ['patient', 'portal']) {
      const index = fileURLToPath(new URL(`../../${app}/dist/index.html`, import.meta.url))
      if (!existsSync(index)) throw new Error(`${app} is not built: run npm run build -w @medbook/${app}`)
    }
    mkdirSync(SCREENSHOTS, { recursive: true })
    db = await createTestDatabase()
    fixture = await seedFixture(db)
    server = await startServer({ db: db.prisma })
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    })
  })

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined)
    await browser?.close()
    await server?.close()
    await db?.close()
  })

  it('shows the day queue, books a walk-in and cancels it with a reason', async () => {
    const page = await staffPage()
    await page.goto(`${server.url}/portal/schedule?view=day&date=${fixture.tomorrow}`)
    await page.getByRole('heading', { name: 'Lịch khám', level: 1 }).waitFor()

    // the booked patient is first in the queue, with their no-show history
    const rows = page.getByTestId('queue-row')
    await expect.poll(() => rows.count()).toBe(1)
    const lan = rows.filter({ hasText: 'Phạm Thị Lan' })
    expect(await lan.getByTestId('queue-number').textContent()).toBe('1')
    expect(await lan.textContent()).toContain('08:00–08:30')
    expect(await lan.textContent()).toContain('0901 234 567')
    expect(await lan.textContent()).toContain('Vắng 1 lần')
    expect(await lan.textContent()).toContain('Ho kéo dài hai tuần')
    // tomorrow's visit has not started: completing and no-show wait (the server's rule, said beside
    // them), cancelling does not
    expect(await lan.getByRole('button', { name: 'Vắng mặt' }).isDisabled()).toBe(true)
    const complete = lan.getByRole('button', { name: 'Đã khám' })
    expect(await complete.isDisabled()).toBe(true)
    const why = 'Chưa đến giờ khám: từ 08:00 mới đánh dấu được đã khám hoặc vắng mặt.'
    await lan.getByText(why, { exact: true }).waitFor()
    expect(await complete.evaluate((button) => button.getAttribute('aria-describedby'))).toBeTruthy()
    expect(
      await complete.evaluate(
        (button) => document.getElementById(button.getAttribute('aria-describedby') ?? '')?.textContent,
      ),
    ).toBe(why)
    expect(await lan.getByRole('button', { name: 'Hủy', exact: true }).isEnabled()).toBe(true)

    expect(await seriousAxeViolations(page)).toEqual([])
    await page.screenshot({ path: `${SCREENSHOTS}/portal-schedule-day.png`, fullPage: true })

    // a walk-in at 09:00
    await page.getByRole('button', { name: 'Đặt lịch tại quầy' }).click()
    const dialog = page.getByRole('dialog', { name: 'Đặt lịch cho bệnh nhân tại quầy' })
    await dialog.getByRole('combobox', { name: 'Khung giờ' }).click()
    await page.getByRole('option', { name: '09:00–09:30' }).click()
    await dialog.getByLabel('Số điện thoại').fill('0912 345 678')
    await dialog.getByLabel('Họ', { exact: true }).fill('Lê')
    await dialog.getByLabel('Tên', { exact: true }).fill('Minh Châu')
    await dialog.getByLabel('Lý do khám (không bắt buộc)').fill('Đau đầu')
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.screenshot({ path: `${SCREENSHOTS}/portal-schedule-walk-in.png` })
    await dialog.getByRole('button', { name: 'Đặt lịch', exact: true }).click()
    // the dialog now names the booking and its queue number
    const booked = page.getByRole('dialog', { name: 'Đã đặt lịch' })
    await booked.getByTestId('walk-in-queue').waitFor()
    expect(await booked.getByTestId('walk-in-queue').textContent()).toContain('Số thứ tự của bệnh nhân: 2')
    await page.screenshot({ path: `${SCREENSHOTS}/portal-schedule-walk-in-booked.png` })
    await booked.getByRole('button', { name: 'Xong' }).click()
    await booked.waitFor({ state: 'detached' })

    await expect.poll(() => rows.count()).toBe(2)
    const chau = rows.filter({ hasText: 'Lê Minh Châu' })
    expect(await chau.getByTestId('queue-number').textContent()).toBe('2')
    expect(await chau.textContent()).toContain('09:00–09:30')
    // the queue is in time order
    expect(await rows.first().textContent()).toContain('Phạm Thị Lan')

    const walkIn = await db.prisma.appointment.findFirstOrThrow({
      where: { doctorId: fixture.doctorId, startsAt: localInstant(fixture.tomorrow, '09:00') },
      include: { patient: { include: { user: true } } },
    })
    expect(walkIn).toMatchObject({ status: 'scheduled', queueNumber: 2, type: 'in_person', reasonForVisit: 'Đau đầu' })
    expect(walkIn.patient.user).toMatchObject({ phoneNumber: '+84912345678', firstName: 'Minh Châu', lastName: 'Lê' })

    // cancelling needs a reason
    await chau.getByRole('button', { name: 'Hủy', exact: true }).click()
    const confirm = page.getByRole('alertdialog', { name: 'Hủy lịch hẹn' })
    // its way out names what it keeps, not a second "Hủy"
    await confirm.getByRole('button', { name: 'Giữ lịch hẹn', exact: true }).waitFor()
    await confirm.getByRole('button', { name: 'Hủy lịch hẹn' }).click()
    await confirm.getByText('Hãy nhập lý do hủy (ít nhất 3 ký tự).').waitFor()
    await confirm.getByLabel('Lý do hủy').fill('Bệnh nhân đổi ý, không chờ được')
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.screenshot({ path: `${SCREENSHOTS}/portal-schedule-cancel.png` })
    await confirm.getByRole('button', { name: 'Hủy lịch hẹn' }).click()
    await confirm.waitFor({ state: 'detached' })
    await expect.poll(() => chau.textContent()).toContain('Đã hủy')
    expect(await chau.getByRole('button', { name: 'Hủy', exact: true }).count()).toBe(0)

    const cancelled = await db.prisma.appointment.findUniqueOrThrow({ where: { id: walkIn.id } })
    expect(cancelled).toMatchObject({
      status: 'cancelled',
      cancelledBy: 'hospital',
      cancellationReason: 'Bệnh nhân đổi ý, không chờ được',
    })
    const first = await db.prisma.appointment.findUniqueOrThrow({ where: { id: fixture.bookedId } })
    expect(first).toMatchObject({ status: 'scheduled', queueNumber: 1 })
    await page.screenshot({ path: `${SCREENSHOTS}/portal-schedule-after-cancel.png`, fullPage: true })
  })

  it('shows the week as days × doctors and opens a day from it', async () => {
    const page = await staffPage()
    await page.goto(`${server.url}/portal/schedule?view=week&date=${fixture.tomorrow}`)
    const cell = page.getByRole('link', { name: /của Trần Văn Bình: 2 lịch hẹn\s*1 Đã đặt\s*1 Đã hủy/ })
    await cell.waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.screenshot({ path: `${SCREENSHOTS}/portal-schedule-week.png`, fullPage: true })
    await cell.click()
    await page.waitForURL((url) => url.searchParams.get('view') === 'day')
    expect(new URL(page.url()).searchParams.get('date')).toBe(fixture.tomorrow)
    await expect.poll(() => page.getByTestId('queue-row').count()).toBe(2)
  })

  it('edits the weekly template and lists exceptions on the availability page', async () => {
    const page = await staffPage({ width: 390, height: 844 })
    await page.goto(`${server.url}/portal/availability`)
    await page.getByRole('heading', { name: 'Lịch làm việc', level: 1 }).waitFor()
    await page.getByTestId('slots-monday').waitFor()
    expect(await page.getByTestId('slots-monday').getByRole('listitem').count()).toBe(8)
    await page.getByRole('button', { name: 'Bỏ khung 11:30 ngày Thứ Hai' }).click()
    await page.getByRole('button', { name: 'Lưu lịch hằng tuần' }).click()
    await page.getByText('Đã lưu lịch hằng tuần.').first().waitFor()
    await expect
      .poll(() => db.prisma.doctorAvailabilitySlot.count({ where: { doctorId: fixture.doctorId, day: 'monday' } }))
      .toBe(7)
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.screenshot({ path: `${SCREENSHOTS}/portal-availability-phone.png`, fullPage: true })
  })
  it('a walk-in by the phone number of another hospital’s patient needs the name on her account, and never shows it', async () => {
    const page = await staffPage()
    const day = hospitalDay(2)
    await page.goto(`${server.url}/portal/schedule?view=day&date=${day}`)
    await page.getByRole('heading', { name: 'Lịch khám', level: 1 }).waitFor()
    await page.getByRole('button', { name: 'Đặt lịch tại quầy' }).click()
    const dialog = page.getByRole('dialog', { name: 'Đặt lịch cho bệnh nhân tại quầy' })
    await dialog.getByRole('combobox', { name: 'Bác sĩ' }).click()
    await page.getByRole('option').first().click()
    await dialog.getByRole('combobox', { name: 'Khung giờ' }).click()
    await page.getByRole('option', { name: '10:00–10:30' }).click()
    await dialog.getByLabel('Số điện thoại').fill('0933 111 222')
    await dialog.getByLabel('Họ', { exact: true }).fill('Trần')
    await dialog.getByLabel('Tên', { exact: true }).fill('Văn Nam')
    await dialog.getByRole('button', { name: 'Đặt lịch', exact: true }).click()
    await dialog.getByText('Số điện thoại này đã đăng ký với một họ tên khác.', { exact: false }).waitFor()
    expect(await page.content()).not.toContain('Hạnh')
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.screenshot({ path: `${SCREENSHOTS}/portal-schedule-walk-in-other-name.png` })
    const onHerAccount = () =>
      db.prisma.appointment.count({
        where: { hospitalId: fixture.hospitalId, patient: { user: { phoneNumber: '+84933111222' } } },
      })
    expect(await onHerAccount()).toBe(0)

    // the patient at the desk gives the name on her account: booked on it
    await dialog.getByLabel('Họ', { exact: true }).fill('Võ')
    await dialog.getByLabel('Tên', { exact: true }).fill('Thị Hạnh')
    await dialog.getByRole('button', { name: 'Đặt lịch', exact: true }).click()
    await page.getByRole('dialog', { name: 'Đã đặt lịch' }).getByTestId('walk-in-queue').waitFor()
    expect(await onHerAccount()).toBe(1)
  })
})
