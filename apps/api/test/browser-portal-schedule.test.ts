// The hospital portal's schedule through the real browser: staff open tomorrow's queue, book a
// walk-in patient into a free slot and cancel it with a reason; take a desk payment from the
// queue, refund part of it and confirm a bank transfer on the payments page; an admin reads the
// platform's payments overview. The built portal is served by the
// real HTTP server on a fresh database. Build the apps first:
//   npm run build -w @medbook/patient -w @medbook/portal
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { hashPassword } from '@medbook/api'
import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { type Browser, type BrowserContext, chromium } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../src/server.js'
import { seriousAxeViolations } from './support/axe.js'
import { screenshot } from './support/screenshot.js'

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const
const ZONE = 'Asia/Ho_Chi_Minh'
const PASSWORD = 'Benhvien#2026'
const STAFF_EMAIL = 'tiepnhan@an-khang.vn'
const VISIT_TOTAL = 250_000
const TRANSFER_REFERENCE = 'MBCK7Q2XTEST'
const ADMIN_EMAIL = 'quantri@medbook.test'
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
  // visits with a bill: one the desk takes cash for, one paid by a bank transfer that waits for staff
  const billed = { subtotalAmount: VISIT_TOTAL, totalAmount: VISIT_TOTAL }
  const deskDay = hospitalDay(3)
  const deskVisit = await prisma.appointment.create({
    data: { ...visit(deskDay, '08:30'), ...billed, reasonForVisit: 'Khám sức khỏe định kỳ' },
  })
  const transferVisit = await prisma.appointment.create({ data: { ...visit(hospitalDay(4), '09:00'), ...billed } })
  const transfer = await prisma.payment.create({
    data: {
      appointmentId: transferVisit.id,
      patientId,
      hospitalId: hospital.id,
      amount: VISIT_TOTAL,
      paymentMethod: 'bank_transfer',
      reference: TRANSFER_REFERENCE,
      status: 'pending',
      expiresAt: new Date(Date.now() + 3 * 86_400_000),
    },
  })
  return {
    doctorId: doctor.id,
    hospitalId: hospital.id,
    tomorrow,
    bookedId: booked.id,
    deskDay,
    deskVisitId: deskVisit.id,
    transferVisitId: transferVisit.id,
    transferId: transfer.id,
  }
}

describe('the portal schedule, in the browser', () => {
  let db: Database
  let server: RunningServer
  let browser: Browser
  let fixture: Awaited<ReturnType<typeof seedFixture>>
  const contexts: BrowserContext[] = []

  async function staffPage(viewport = { width: 1280, height: 900 }, email = STAFF_EMAIL) {
    const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: ZONE })
    context.setDefaultTimeout(15_000)
    contexts.push(context)
    const page = await context.newPage()
    await page.goto(`${server.url}/portal/login`)
    await page.getByLabel('Email hoặc số điện thoại').fill(email)
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
    await screenshot(page, 'portal-schedule-day')

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
    await screenshot(page, 'portal-schedule-walk-in', { fullPage: false })
    await dialog.getByRole('button', { name: 'Đặt lịch', exact: true }).click()
    // the dialog now names the booking and its queue number
    const booked = page.getByRole('dialog', { name: 'Đã đặt lịch' })
    await booked.getByTestId('walk-in-queue').waitFor()
    expect(await booked.getByTestId('walk-in-queue').textContent()).toContain('Số thứ tự của bệnh nhân: 2')
    await screenshot(page, 'portal-schedule-walk-in-booked', { fullPage: false })
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
    await screenshot(page, 'portal-schedule-cancel', { fullPage: false })
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
    await screenshot(page, 'portal-schedule-after-cancel')
  })

  it('shows the week as days × doctors and opens a day from it', async () => {
    const page = await staffPage()
    await page.goto(`${server.url}/portal/schedule?view=week&date=${fixture.tomorrow}`)
    const cell = page.getByRole('link', { name: /của Trần Văn Bình: 2 lịch hẹn\s*1 Đã đặt\s*1 Đã hủy/ })
    await cell.waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'portal-schedule-week')
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
    await screenshot(page, 'portal-availability-phone')
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
    await screenshot(page, 'portal-schedule-walk-in-other-name', { fullPage: false })
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

  it('takes a desk payment from the queue, refunds part of it with a reason, and records a refund handed back', async () => {
    const page = await staffPage()
    await page.goto(`${server.url}/portal/schedule?view=day&date=${fixture.deskDay}`)
    await page.getByRole('heading', { name: 'Lịch khám', level: 1 }).waitFor()
    const row = page.getByTestId('queue-row').filter({ hasText: 'Khám sức khỏe định kỳ' })
    const payment = row.getByTestId('queue-payment')
    await payment.getByText('Chưa thanh toán', { exact: true }).waitFor()
    expect(await payment.textContent()).toContain('250.000')

    // the desk takes the bill's total in cash
    await row.getByRole('button', { name: 'Thu tiền của Phạm Thị Lan' }).click()
    const desk = page.getByRole('alertdialog', { name: 'Thu tiền tại quầy' })
    expect(await desk.getByTestId('desk-total').textContent()).toContain('250.000')
    expect(await desk.getByRole('radio', { name: 'Tiền mặt' }).isChecked()).toBe(true)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'portal-schedule-desk-payment', { fullPage: false })
    await desk.getByRole('button', { name: /^Đã thu 250\.000/ }).click()
    await desk.waitFor({ state: 'detached' })
    await payment.getByText('Đã thanh toán', { exact: true }).waitFor()
    expect(await row.getByRole('button', { name: 'Thu tiền của Phạm Thị Lan' }).count()).toBe(0)
    const paid = await db.prisma.payment.findFirstOrThrow({ where: { appointmentId: fixture.deskVisitId } })
    expect(paid).toMatchObject({ status: 'completed', paymentMethod: 'cash', amount: VISIT_TOTAL })

    // the payments page lists it, with its receipt; filters live in the address and go with the CSV link
    await page.goto(`${server.url}/portal/payments`)
    await page.getByRole('heading', { name: 'Thanh toán', level: 1 }).waitFor()
    const listed = page.getByRole('row').filter({ hasText: paid.reference })
    await listed.waitFor()
    expect(await listed.textContent()).toContain('Phạm Thị Lan')
    expect(await listed.textContent()).toContain('Tiền mặt')
    expect(await listed.textContent()).toContain('Đã thanh toán')
    expect(
      await listed.getByRole('link', { name: `Biên lai thanh toán ${paid.reference} (PDF)` }).getAttribute('href'),
    ).toBe(`/files/receipts/${paid.id}.pdf?lang=vi`)
    expect(await page.getByTestId('payment-totals').textContent()).toContain('2 thanh toán')
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'portal-payments')

    await page.getByRole('combobox', { name: 'Phương thức' }).click()
    await page.getByRole('option', { name: 'Tiền mặt' }).click()
    await page.waitForURL((url) => url.searchParams.get('method') === 'cash')
    await expect.poll(() => page.getByTestId('payment-totals').textContent()).toContain('1 thanh toán')
    expect(await page.getByRole('link', { name: 'Xuất CSV' }).getAttribute('href')).toBe(
      '/hospital/payments.csv?method=cash',
    )
    // the link downloads those rows, with the staff member's session
    const csv = await page.request.get(`${server.url}/hospital/payments.csv?method=cash`)
    expect(csv.status()).toBe(200)
    const cashRows = await csv.text()
    expect(cashRows).toContain(paid.reference)
    expect(cashRows).not.toContain(TRANSFER_REFERENCE)

    // a partial refund needs a reason
    await listed.getByRole('button', { name: `Thao tác cho thanh toán ${paid.reference}` }).click()
    await page.getByRole('menuitem', { name: 'Hoàn tiền' }).click()
    const refund = page.getByRole('dialog', { name: `Hoàn tiền thanh toán ${paid.reference}` })
    await refund.getByLabel('Số tiền hoàn (VND)').fill('100000')
    await refund.getByRole('button', { name: 'Hoàn tiền', exact: true }).click()
    await refund.getByText('Hãy nhập lý do (ít nhất 3 ký tự).').waitFor()
    await refund.getByLabel('Lý do hoàn tiền').fill('Không làm xét nghiệm máu')
    expect(await seriousAxeViolations(page)).toEqual([])
    await refund.getByRole('button', { name: 'Hoàn tiền', exact: true }).click()
    await refund.waitFor({ state: 'detached' })
    await listed.getByText('Đã hoàn 100.000 ₫').waitFor()
    expect(await listed.textContent()).toContain('Đã hoàn tiền')
    const afterRefund = await db.prisma.payment.findUniqueOrThrow({
      where: { id: paid.id },
      include: { refunds: true },
    })
    expect(afterRefund).toMatchObject({ status: 'refunded', refundAmount: 100_000 })
    expect(afterRefund.refunds).toMatchObject([
      { kind: 'staff', status: 'completed', amount: 100_000, reason: 'Không làm xét nghiệm máu' },
    ])

    // the dialog shows the server's typed refusal: while it was open the rest went into an automatic
    // refund (a cancellation by policy) that waits for the desk to hand the cash back
    await listed.getByRole('button', { name: `Thao tác cho thanh toán ${paid.reference}` }).click()
    await page.getByRole('menuitem', { name: 'Hoàn tiền' }).click()
    const again = page.getByRole('dialog', { name: `Hoàn tiền thanh toán ${paid.reference}` })
    expect(await again.getByLabel('Số tiền hoàn (VND)').inputValue()).toBe('150000')
    await again.getByLabel('Lý do hoàn tiền').fill('Bệnh nhân không khám nữa')
    await db.prisma.paymentRefund.create({
      data: {
        paymentId: paid.id,
        amount: 150_000,
        reason: 'Hủy lịch theo chính sách',
        kind: 'policy',
        requestReference: 'RFTESTPOLICY01',
      },
    })
    await again.getByRole('button', { name: 'Hoàn tiền', exact: true }).click()
    await again.getByText('Số tiền vượt quá phần còn có thể hoàn (0 ₫).').waitFor()
    await again.getByRole('button', { name: 'Không hoàn' }).click()
    await again.waitFor({ state: 'detached' })

    await page.reload()
    await listed.getByText('Chờ trả tay 150.000 ₫').waitFor()
    await listed.getByRole('button', { name: `Thao tác cho thanh toán ${paid.reference}` }).click()
    expect(await page.getByRole('menuitem', { name: 'Hoàn tiền' }).count()).toBe(0)
    await page.getByRole('menuitem', { name: /^Ghi nhận đã trả tiền hoàn/ }).click()
    const handBack = page.getByRole('alertdialog', { name: `Đã trả tiền hoàn cho ${paid.reference}?` })
    await handBack.getByRole('button', { name: /^Đã trả 150\.000/ }).click()
    await handBack.waitFor({ state: 'detached' })
    await listed.getByText('Đã hoàn 250.000 ₫').waitFor()
    expect(await db.prisma.payment.findUniqueOrThrow({ where: { id: paid.id } })).toMatchObject({
      refundAmount: VISIT_TOTAL,
    })
  })

  it('confirms a pending bank transfer with the bank’s reference and imports a statement', async () => {
    const page = await staffPage()
    await page.goto(`${server.url}/portal/payments?method=bank_transfer&status=pending`)
    const row = page.getByRole('row').filter({ hasText: TRANSFER_REFERENCE })
    await row.waitFor()
    expect(await row.textContent()).toContain('Chờ thanh toán')
    expect(await page.getByRole('link', { name: 'Xuất CSV' }).getAttribute('href')).toBe(
      '/hospital/payments.csv?status=pending&method=bank_transfer',
    )

    // a statement that names no pending payment confirms nothing, and says so
    await page.getByRole('button', { name: 'Nhập sao kê' }).click()
    const statement = page.getByRole('dialog', { name: 'Nhập sao kê ngân hàng' })
    await statement.getByLabel('Tệp sao kê (CSV, tối đa 2 MB)').setInputFiles({
      name: 'sao-ke.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Ngày giao dịch;Số tiền ghi có;Nội dung\n03/12/2026;250.000;CK TIEN NHA\n'),
    })
    await statement.getByRole('button', { name: 'Nhập sao kê' }).click()
    await statement.getByText('Không có dòng nào khớp thanh toán đang chờ.').waitFor()
    expect(await statement.getByTestId('statement-result').textContent()).toContain('1 dòng không khớp thanh toán nào')
    expect(await seriousAxeViolations(page)).toEqual([])
    await statement.getByRole('button', { name: 'Xong' }).click()
    await statement.waitFor({ state: 'detached' })

    await row.getByRole('button', { name: `Thao tác cho thanh toán ${TRANSFER_REFERENCE}` }).click()
    await page.getByRole('menuitem', { name: 'Xác nhận đã nhận chuyển khoản' }).click()
    const confirm = page.getByRole('alertdialog', { name: `Xác nhận chuyển khoản ${TRANSFER_REFERENCE}` })
    await confirm.getByLabel('Mã giao dịch ngân hàng (không bắt buộc)').fill('FT26340912345')
    expect(await seriousAxeViolations(page)).toEqual([])
    await confirm.getByRole('button', { name: 'Xác nhận đã nhận tiền' }).click()
    await confirm.waitFor({ state: 'detached' })
    // it left the "pending" filter's list
    await row.waitFor({ state: 'detached' })
    expect(await db.prisma.payment.findUniqueOrThrow({ where: { id: fixture.transferId } })).toMatchObject({
      status: 'completed',
      transactionId: 'FT26340912345',
    })
    expect(await db.prisma.appointment.findUniqueOrThrow({ where: { id: fixture.transferVisitId } })).toMatchObject({
      paymentStatus: 'completed',
      paymentId: fixture.transferId,
    })
  })

  it('shows an admin the platform’s payments by method and hospital, and the list for one hospital', async () => {
    await db.prisma.user.create({
      data: {
        role: 'admin',
        email: ADMIN_EMAIL,
        password: await hashPassword(PASSWORD),
        firstName: 'Quản',
        lastName: 'Trị',
        verificationStatus: true,
      },
    })
    const page = await staffPage({ width: 1280, height: 900 }, ADMIN_EMAIL)
    await page.goto(`${server.url}/portal/admin-payments?range=7d`)
    await page.getByRole('heading', { name: 'Thanh toán toàn hệ thống', level: 1 }).waitFor()
    const overview = page.getByTestId('payments-overview')
    await overview.waitFor()
    // the desk's cash and the confirmed transfer, 250.000 ₫ of the cash given back
    expect(await page.getByRole('group', { name: 'Đã thu' }).textContent()).toContain('500.000')
    expect(await page.getByRole('group', { name: 'Đã hoàn' }).textContent()).toContain('250.000')
    const byMethod = page.getByRole('table', { name: 'Tiền thu và hoàn theo phương thức thanh toán' })
    expect(await byMethod.getByRole('row').filter({ hasText: 'Tiền mặt' }).textContent()).toContain('250.000')
    expect(await byMethod.getByRole('row').filter({ hasText: 'Chuyển khoản ngân hàng' }).textContent()).toContain(
      '250.000',
    )
    const byHospital = page.getByRole('table', { name: 'Tiền thu và hoàn theo cơ sở y tế' })
    expect(await byHospital.getByRole('row').filter({ hasText: 'Phòng khám An Khang' }).textContent()).toContain(
      '500.000',
    )
    expect(await page.getByRole('button', { name: '7 ngày', exact: true }).getAttribute('aria-pressed')).toBe('true')

    await page.getByRole('combobox', { name: 'Cơ sở y tế' }).click()
    await page.getByRole('option', { name: 'Phòng khám An Khang' }).click()
    await page.waitForURL((url) => url.searchParams.get('hospitalId') === fixture.hospitalId)
    const list = page.getByRole('table', { name: 'Danh sách thanh toán' })
    await list.getByRole('row').filter({ hasText: TRANSFER_REFERENCE }).waitFor()
    expect(await list.textContent()).toContain('Phòng khám An Khang')
    // the router renders the new filters in a transition, a moment after the address changed
    const exportLink = page.getByRole('link', { name: 'Xuất CSV' })
    await expect
      .poll(async () =>
        new URL((await exportLink.getAttribute('href')) ?? '', server.url).searchParams.get('hospitalId'),
      )
      .toBe(fixture.hospitalId)
    const exportHref = (await exportLink.getAttribute('href')) ?? ''
    const exported = await page.request.get(`${server.url}${exportHref}`)
    expect(exported.status()).toBe(200)
    expect((await exported.text()).match(/Phòng khám An Khang/g)).toHaveLength(2)
    const elsewhere = await page.request.get(`${server.url}/hospital/payments.csv?hospitalId=${crypto.randomUUID()}`)
    expect((await elsewhere.text()).trim().split('\n')).toHaveLength(1)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'portal-admin-payments')
  })
  it('lets the doctor write a visit’s record as it happens, share it and amend it with a reason; staff see only that it exists', async () => {
    // a visit that started ten minutes ago, whatever the time of day
    const startsAt = new Date(Date.now() - 10 * 60_000)
    const day = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(startsAt)
    const lan = await db.prisma.patient.findFirstOrThrow({ where: { user: { email: 'lan.pham@example.vn' } } })
    await db.prisma.patient.update({ where: { id: lan.id }, data: { allergies: ['Penicillin', 'Hải sản'] } })
    const visit = await db.prisma.appointment.create({
      data: {
        patientId: lan.id,
        doctorId: fixture.doctorId,
        hospitalId: fixture.hospitalId,
        appointmentDate: new Date(`${day}T00:00:00Z`),
        startsAt,
        endsAt: new Date(startsAt.getTime() + 30 * 60_000),
        type: 'in_person',
        queueNumber: 7,
        reasonForVisit: 'Sốt và ho ba ngày',
      },
    })
    await db.prisma.user.update({
      where: { email: 'bs.binh@an-khang.vn' },
      data: { password: await hashPassword(PASSWORD), verificationStatus: true },
    })
    const page = await staffPage({ width: 1280, height: 900 }, 'bs.binh@an-khang.vn')
    await page.goto(`${server.url}/portal/schedule?view=day&date=${day}`)
    const row = page.getByTestId('queue-row').filter({ hasText: 'Sốt và ho ba ngày' })
    await row.getByRole('link', { name: 'Viết hồ sơ bệnh án cho Phạm Thị Lan' }).click()
    await page.waitForURL((url) => url.pathname === `/portal/schedule/visits/${visit.id}/record`)
    await page.getByRole('heading', { name: 'Hồ sơ bệnh án', level: 1 }).waitFor()
    // the allergies stand beside the prescription
    const prescription = page.getByRole('region', { name: 'Đơn thuốc' })
    expect(await prescription.getByTestId('allergies').textContent()).toContain('Penicillin')
    await page.getByTestId('save-status').getByText('Chưa có bản nháp', { exact: false }).waitFor()

    // a diagnosis picked from the ICD-10 catalogue, without accents
    const diagnosis = page.getByRole('combobox', { name: 'Chẩn đoán 1' })
    await diagnosis.fill('ho hap tren')
    await page.getByRole('option', { name: /^J06\.9/ }).click()
    expect(await diagnosis.inputValue()).toBe('Nhiễm trùng hô hấp trên cấp')
    await page.getByText('ICD-10 J06.9', { exact: true }).waitFor()
    await page.getByRole('button', { name: 'Thêm thuốc' }).click()
    const medicine = page.getByRole('group', { name: 'Thuốc 1' })
    await medicine.getByLabel('Tên thuốc').fill('Paracetamol 500 mg')
    await medicine.getByLabel('Liều dùng').fill('1 viên')
    await medicine.getByLabel('Số lần').fill('3 lần/ngày')
    await medicine.getByLabel('Thời gian').fill('5 ngày')
    // a lab result with its file: the draft is saved first, then the file goes up beside it
    await page.getByRole('button', { name: 'Thêm xét nghiệm' }).click()
    const lab = page.getByRole('group', { name: 'Xét nghiệm 1' })
    await lab.getByLabel('Tên xét nghiệm').fill('Công thức máu')
    await lab.getByLabel('Kết quả').fill('Bạch cầu 11,2 G/L')
    await lab.getByLabel('Đính kèm tệp cho xét nghiệm 1').setInputFiles({
      name: 'cong-thuc-mau.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(2048, 0x20), Buffer.from('%%EOF\n')]),
    })
    const fileLink = lab.getByRole('link', { name: 'cong-thuc-mau.pdf' })
    await fileLink.waitFor()
    const fileHref = (await fileLink.getAttribute('href')) ?? ''
    expect(fileHref).toMatch(/^\/files\/records\/[0-9a-f-]{36}$/)
    const download = await page.request.get(`${server.url}${fileHref}`)
    expect(download.status()).toBe(200)
    expect(download.headers()['content-type']).toBe('application/pdf')
    // typed key by key across several autosaves: nothing is lost
    const notes = 'Uống nhiều nước, nghỉ ngơi; tái khám nếu sốt trên 39 độ.'
    await page.getByLabel('Ghi chú', { exact: true }).pressSequentially(notes, { delay: 25 })
    await page
      .getByTestId('save-status')
      .getByText(/^Đã lưu nháp lúc \d{2}:\d{2}$/)
      .waitFor()
    const saved = () => db.prisma.medicalRecord.findUnique({ where: { appointmentId: visit.id } })
    await expect.poll(async () => (await saved())?.notes).toBe(notes)
    expect(await saved()).toMatchObject({
      diagnosis: ['Nhiễm trùng hô hấp trên cấp'],
      diagnosisCodes: ['J06.9'],
      isSharedWithPatient: false,
      prescription: [
        { medicationName: 'Paracetamol 500 mg', dosage: '1 viên', frequency: '3 lần/ngày', duration: '5 ngày' },
      ],
      labTests: [{ name: 'Công thức máu', results: 'Bạch cầu 11,2 G/L', attachments: [fileHref] }],
    })
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'portal-record-draft')

    // back to the queue (the same day) and in again, without reloading: the row opens the saved draft
    await page.goBack()
    await row.getByRole('link', { name: 'Mở hồ sơ bệnh án của Phạm Thị Lan' }).click()
    await page.getByRole('heading', { name: 'Hồ sơ bệnh án', level: 1 }).waitFor()
    expect(await page.getByLabel('Ghi chú', { exact: true }).inputValue()).toBe(notes)

    // the draft comes back as it was saved
    await page.reload()
    expect(await page.getByRole('combobox', { name: 'Chẩn đoán 1' }).inputValue()).toBe('Nhiễm trùng hô hấp trên cấp')
    expect(await page.getByLabel('Ghi chú', { exact: true }).inputValue()).toBe(notes)
    const record = await saved()
    expect(await page.getByRole('link', { name: 'Tải PDF' }).getAttribute('href')).toBe(
      `/files/medical-records/${record?.id}.pdf?lang=vi`,
    )
    const pdf = await page.request.get(`${server.url}/files/medical-records/${record?.id}.pdf?lang=vi`)
    expect(pdf.status()).toBe(200)
    expect(pdf.headers()['content-type']).toBe('application/pdf')
    expect(
      await page
        .getByRole('group', { name: 'Xét nghiệm 1' })
        .getByRole('link', { name: 'cong-thuc-mau.pdf' })
        .getAttribute('href'),
    ).toBe(fileHref)

    await page.getByRole('button', { name: 'Chia sẻ với bệnh nhân' }).click()
    const share = page.getByRole('alertdialog', { name: 'Chia sẻ hồ sơ với bệnh nhân?' })
    expect(await seriousAxeViolations(page)).toEqual([])
    await share.getByRole('button', { name: 'Chia sẻ', exact: true }).click()
    await share.waitFor({ state: 'detached' })
    await page.getByText('Đã chia sẻ · phiên bản 1').waitFor()
    expect(await page.getByRole('combobox', { name: 'Chẩn đoán 1' }).isDisabled()).toBe(true)
    expect(await page.getByRole('button', { name: 'Thêm thuốc' }).count()).toBe(0)
    expect(await saved()).toMatchObject({ isSharedWithPatient: true, version: 1 })

    // an amendment needs a reason; the earlier version stays in the history
    await page.getByRole('button', { name: 'Sửa đổi', exact: true }).click()
    await page.getByRole('group', { name: 'Thuốc 1' }).getByLabel('Liều dùng').fill('2 viên')
    await page.getByRole('button', { name: 'Lưu sửa đổi' }).click()
    const amend = page.getByRole('alertdialog', { name: 'Lưu sửa đổi hồ sơ' })
    await amend.getByRole('button', { name: 'Lưu sửa đổi' }).click()
    await amend.getByText('Hãy nhập lý do (ít nhất 3 ký tự).').waitFor()
    await amend.getByLabel('Lý do sửa đổi').fill('Điều chỉnh liều theo cân nặng')
    await amend.getByRole('button', { name: 'Lưu sửa đổi' }).click()
    await amend.waitFor({ state: 'detached' })
    await page.getByText('Đã chia sẻ · phiên bản 2').waitFor()
    const version = page.getByTestId('record-version')
    await version.waitFor()
    expect(await version.textContent()).toContain('Phiên bản 1 · Trần Văn Bình sửa lúc')
    expect(await version.textContent()).toContain('Lý do: Điều chỉnh liều theo cân nặng')
    expect(await saved()).toMatchObject({ version: 2, prescription: [{ dosage: '2 viên' }] })
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'portal-record-amended')
    // on a phone the record fits the screen's width
    await page.setViewportSize({ width: 390, height: 844 })
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0)
    await screenshot(page, 'portal-record-phone')
    await page.setViewportSize({ width: 1280, height: 900 })

    // the chart, from "my patients": allergies first, the visit with its record
    await page.goto(`${server.url}/portal/my-patients`)
    await page.getByRole('link', { name: 'Phạm Thị Lan' }).click()
    await page.getByRole('heading', { name: 'Phạm Thị Lan', level: 1 }).waitFor()
    expect(await page.getByTestId('allergies').textContent()).toContain('Hải sản')
    const charted = page.getByTestId('chart-visit').filter({ hasText: 'Sốt và ho ba ngày' })
    expect(await charted.textContent()).toContain('Nhiễm trùng hô hấp trên cấp')
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'portal-patient-chart')
    await charted.getByRole('link', { name: /^Hồ sơ ngày/ }).click()
    await page.getByText('Đã chia sẻ · phiên bản 2').waitFor()

    // the desk sees that the visit has a record, and nothing of what it says
    const desk = await staffPage()
    await desk.goto(`${server.url}/portal/schedule?view=day&date=${day}`)
    const deskRow = desk.getByTestId('queue-row').filter({ hasText: 'Sốt và ho ba ngày' })
    await deskRow.getByTestId('queue-record').getByText('Đã có hồ sơ bệnh án').waitFor()
    expect(await deskRow.getByRole('link').count()).toBe(0)
    expect(await desk.content()).not.toContain('Paracetamol')
  })
})
