// Finding a doctor and booking through a real browser: the built patient app, served by the real
// HTTP server on a fresh database. Build the apps first:
//   npm run build -w @medbook/patient -w @medbook/portal
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { hashPassword } from '@medbook/api'
import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest'
import { invalidateSettings } from '../../../packages/api/src/settings/service.js'
import { createClient } from '../../../packages/sdk/src/index.js'
import { type RunningServer, startServer } from '../src/server.js'
import { seriousAxeViolations } from './support/axe.js'
import { screenshot } from './support/screenshot.js'

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const
const ZONE = 'Asia/Ho_Chi_Minh'
const PASSWORD = 'Benh-nhan-2026'
const PATIENT_EMAIL = 'mai.pham@example.vn'
const DOCTOR = { lastName: 'Trần', firstName: 'Thị Hương', name: 'Trần Thị Hương' }
const OTHER_DOCTOR = { lastName: 'Lê', firstName: 'Văn Nam', name: 'Lê Văn Nam' }
/** 30-minute in-person slots every day: a morning and an afternoon */
const SLOT_TIMES = ['08:00', '08:30', '09:00', '09:30', '10:00', '10:30', '14:00', '14:30', '15:00', '15:30']

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

async function seedFixture(db: Database) {
  const prisma = db.prisma
  const cardiology = await prisma.specialty.create({
    data: { name: 'Tim mạch', nameEn: 'Cardiology', slug: 'cardiology' },
  })
  const owner = await prisma.user.create({
    data: { role: 'hospital', email: 'bv.an-binh@example.vn', firstName: 'An Bình', lastName: 'Bệnh viện' },
  })
  const hospital = await prisma.hospital.create({
    data: {
      userId: owner.id,
      name: 'Bệnh viện An Bình',
      type: 'hospital',
      street: '146 An Bình, Phường 7, Quận 5',
      city: 'TP. Hồ Chí Minh',
      latitude: 10.7543,
      longitude: 106.6681,
      contactInfo: { phoneNumber: '+842839234260' },
      registrationNumber: 'HCM-0146',
      verified: true,
      status: 'active',
      operatingHours: { create: DAYS.map((day) => ({ day, openTime: '07:00', closeTime: '17:00' })) },
      specialties: { create: [{ specialtyId: cardiology.id }] },
    },
  })
  async function doctor(person: { lastName: string; firstName: string }, email: string, license: string) {
    const user = await prisma.user.create({
      data: { role: 'doctor', email, firstName: person.firstName, lastName: person.lastName, gender: 'female' },
    })
    return prisma.doctor.create({
      data: {
        userId: user.id,
        hospitalId: hospital.id,
        licenseNumber: license,
        languages: ['vi', 'en'],
        experience: 12,
        consultationFee: 300_000,
        ratingAverage: 4.8,
        ratingCount: 35,
        biography: 'Bác sĩ chuyên khoa II Tim mạch, 12 năm điều trị tăng huyết áp và rối loạn nhịp tim.',
        qualifications: [{ degree: 'Bác sĩ chuyên khoa II', institution: 'Đại học Y Dược TP.HCM', year: 2015 }],
        status: 'approved',
        specialties: { create: [{ specialtyId: cardiology.id }] },
        availability: {
          create: DAYS.flatMap((day) =>
            SLOT_TIMES.map((startTime) => ({ day, startTime, endTime: plus30(startTime), type: 'in_person' as const })),
          ),
        },
      },
    })
  }
  const main = await doctor(DOCTOR, 'bs.huong@example.vn', 'HCM-BS-0001')
  await doctor(OTHER_DOCTOR, 'bs.nam@example.vn', 'HCM-BS-0002')
  await prisma.systemSetting.create({ data: { key: 'calendar.publicHolidays', value: [] } })
  const patient = await prisma.user.create({
    data: {
      role: 'patient',
      email: PATIENT_EMAIL,
      password: await hashPassword(PASSWORD),
      firstName: 'Mai',
      lastName: 'Phạm',
      verificationStatus: true,
      patient: { create: {} },
    },
    include: { patient: true },
  })
  // another patient, whose cancellation frees a slot for the waitlist
  const other = await prisma.user.create({
    data: {
      role: 'patient',
      email: 'khanh.vo@example.vn',
      password: await hashPassword(PASSWORD),
      firstName: 'Khánh',
      lastName: 'Võ',
      verificationStatus: true,
      patient: { create: {} },
    },
    include: { patient: true },
  })
  // the day after tomorrow is fully booked by that patient: the waitlist is offered
  const fullDay = hospitalDay(2)
  await prisma.appointment.createMany({
    data: SLOT_TIMES.map((startTime, index) => ({
      patientId: other.patient?.id ?? '',
      doctorId: main.id,
      hospitalId: hospital.id,
      appointmentDate: new Date(`${fullDay}T00:00:00Z`),
      // the hospital is in Asia/Ho_Chi_Minh: UTC+7 all year
      startsAt: new Date(`${fullDay}T${startTime}:00+07:00`),
      endsAt: new Date(`${fullDay}T${plus30(startTime)}:00+07:00`),
      type: 'in_person' as const,
      queueNumber: index + 1,
    })),
  })
  return { doctorId: main.id, patientId: patient.patient?.id ?? '' }
}

/** A visit with the main doctor `daysAgo` days back, completed; the queue number keeps the day's order. */
async function completedVisit(
  db: Database,
  patientId: string,
  doctorId: string,
  daysAgo: number,
  familyMemberId: string | null = null,
) {
  const doctor = await db.prisma.doctor.findUniqueOrThrow({ where: { id: doctorId } })
  const day = hospitalDay(-daysAgo)
  return db.prisma.appointment.create({
    data: {
      patientId,
      doctorId,
      hospitalId: doctor.hospitalId,
      appointmentDate: new Date(`${day}T00:00:00Z`),
      startsAt: new Date(`${day}T09:00:00+07:00`),
      endsAt: new Date(`${day}T09:30:00+07:00`),
      type: 'in_person',
      status: 'completed',
      queueNumber: 1,
      familyMemberId,
    },
  })
}

/** A shared record of a completed visit, amended once (version 2), with a prescription, a lab test and a follow-up. */
async function seedSharedRecord(db: Database, patientId: string, doctorId: string) {
  const visit = await completedVisit(db, patientId, doctorId, 3)
  const doctor = await db.prisma.doctor.findUniqueOrThrow({ where: { id: doctorId } })
  // a month away: beyond the two weeks the doctor page shows first
  const followUp = hospitalDay(30)
  const prescription = [
    {
      medicationName: 'Amlodipin 5mg',
      dosage: '1 viên',
      frequency: '1 lần mỗi sáng',
      duration: '30 ngày',
      instructions: 'Uống sau ăn sáng',
    },
  ]
  const record = await db.prisma.medicalRecord.create({
    data: {
      patientId,
      doctorId,
      hospitalId: doctor.hospitalId,
      appointmentId: visit.id,
      diagnosis: ['Tăng huyết áp độ 1'],
      diagnosisCodes: ['I10'],
      treatment: 'Giảm muối, đi bộ 30 phút mỗi ngày.',
      prescription,
      notes: 'Mang sổ đo huyết áp khi tái khám.',
      followUpDate: new Date(`${followUp}T00:00:00Z`),
      isSharedWithPatient: true,
      // written during the visit: the list orders by when records were written
      createdAt: visit.startsAt,
      sharedAt: visit.endsAt,
      version: 2,
      updatedById: doctor.userId,
    },
  })
  await db.prisma.medicalRecord.update({
    where: { id: record.id },
    data: {
      labTests: [
        {
          name: 'Xét nghiệm mỡ máu',
          results: 'LDL 3.9 mmol/L',
          date: hospitalDay(-3),
          attachments: [`/files/lab-results/${record.id}-1.pdf`],
        },
      ],
    },
  })
  await db.prisma.medicalRecordVersion.create({
    data: {
      recordId: record.id,
      version: 1,
      content: {
        diagnosis: ['Tăng huyết áp'],
        diagnosisCodes: [''],
        treatment: 'Giảm muối.',
        prescription,
        labTests: [],
        notes: null,
        followUpDate: null,
      },
      amendedById: doctor.userId,
      amendedAt: new Date(visit.endsAt.getTime() + 3_600_000),
      reason: 'Bổ sung mã ICD-10 và kết quả xét nghiệm',
    },
  })
  // the patient's son was seen too: his record is listed with the patient's own
  const son = await db.prisma.familyMember.create({
    data: { patientId, relationship: 'child', firstName: 'Bảo An', lastName: 'Phạm' },
  })
  const sonsVisit = await completedVisit(db, patientId, doctorId, 6, son.id)
  await db.prisma.medicalRecord.create({
    data: {
      patientId,
      familyMemberId: son.id,
      doctorId,
      hospitalId: doctor.hospitalId,
      appointmentId: sonsVisit.id,
      diagnosis: ['Viêm họng cấp'],
      diagnosisCodes: ['J02.9'],
      isSharedWithPatient: true,
      createdAt: sonsVisit.startsAt,
      sharedAt: sonsVisit.endsAt,
      updatedById: doctor.userId,
    },
  })
  // the doctor opened it once: the patient sees who
  await db.prisma.activityLog.create({
    data: {
      userId: doctor.userId,
      userRole: 'doctor',
      action: 'read_medical_record',
      details: { patientId, recordId: record.id },
      timestamp: new Date(visit.endsAt.getTime() + 7_200_000),
    },
  })
  return { record, visit, followUp }
}

/** Picks a day, a time or a visit type: the radio is drawn by its label, so the label takes the click. */
async function choose(scope: Page | Locator, name: string | RegExp) {
  const radio = scope.getByRole('radio', { name })
  await radio.locator('xpath=..').click()
  await expect.poll(() => radio.isChecked()).toBe(true)
}

const horizontalOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)

describe('finding a doctor and booking, in the browser', () => {
  let db: Database
  let server: RunningServer
  let browser: Browser
  let fixture: { doctorId: string; patientId: string }
  const contexts: BrowserContext[] = []

  async function openPage(path: string, viewport = { width: 1280, height: 900 }) {
    const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: ZONE })
    contexts.push(context)
    const page = await context.newPage()
    await page.goto(`${server.url}${path}`)
    return page
  }

  /** Logs in through the log-in page, which goes on to `next`. */
  async function logIn(next: string, viewport?: { width: number; height: number }) {
    const page = await openPage(`/login?next=${encodeURIComponent(next)}`, viewport)
    await page.getByLabel('Email hoặc số điện thoại').fill(PATIENT_EMAIL)
    await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD)
    await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click()
    await page.waitForURL((url) => `${url.pathname}${url.search}` === next)
    await page.getByRole('button', { name: /^Tài khoản/ }).waitFor()
    return page
  }

  const activeAppointments = () =>
    db.prisma.appointment.count({ where: { patientId: fixture.patientId, status: 'scheduled' } })

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
    for (const context of contexts) await context.close()
    await browser?.close()
    await server?.close()
    await db?.close()
  })

  it('finds, books, reschedules and cancels, with one active appointment at a time', async () => {
    const page = await logIn('/doctors')
    await page.getByRole('heading', { level: 1, name: 'Tìm bác sĩ' }).waitFor()

    // the name without accents finds the doctor, and only her
    await page.getByLabel('Tên bác sĩ').fill('tran thi huong')
    await page.getByRole('button', { name: 'Tìm', exact: true }).click()
    await page.getByRole('article', { name: OTHER_DOCTOR.name }).waitFor({ state: 'detached' })
    const card = page.getByRole('article', { name: DOCTOR.name })
    await card.waitFor()
    expect(new URL(page.url()).searchParams.get('q')).toBe('tran thi huong')
    const cardText = await card.textContent()
    expect(cardText).toContain('300.000')
    expect(cardText).toContain('Tim mạch')
    expect(cardText).toContain('Bệnh viện An Bình')
    expect(cardText).toMatch(/Sớm nhất: \d{2}:\d{2}, /)
    await screenshot(page, 'booking-search')

    await card.getByRole('link', { name: DOCTOR.name, exact: true }).click()
    await page.getByRole('heading', { level: 1, name: DOCTOR.name }).waitFor()

    // tomorrow's first slot
    await choose(page, /^Ngày mai, /)
    await choose(page, '08:00–08:30')
    await screenshot(page, 'booking-profile')
    await page.getByRole('link', { name: 'Tiếp tục đặt lịch' }).click()

    await page.getByRole('heading', { level: 1, name: 'Đặt lịch khám' }).waitFor()
    await expect(page.getByRole('radio', { name: /Bản thân tôi/ }).isChecked()).resolves.toBe(true)
    await page.getByLabel('Lý do khám').fill('Khám định kỳ huyết áp')
    await page.getByRole('button', { name: 'Chóng mặt' }).click()
    await expect(page.getByRole('button', { name: 'Chóng mặt' }).getAttribute('aria-pressed')).resolves.toBe('true')
    await screenshot(page, 'booking-details')
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Tiếp tục', exact: true }).click()
    await page.getByRole('heading', { name: 'Xem lại và xác nhận' }).waitFor()
    await screenshot(page, 'booking-review')
    // a double click still books once: the button locks and the idempotency key is the same
    await page.getByRole('button', { name: 'Xác nhận đặt lịch' }).dblclick()

    await page.getByRole('heading', { level: 1, name: 'Đặt lịch thành công' }).waitFor()
    await page.getByText('Số thứ tự 1', { exact: true }).waitFor()
    await screenshot(page, 'booking-success')
    expect(await db.prisma.appointment.count({ where: { patientId: fixture.patientId } })).toBe(1)

    // My appointments: the booking, for the patient, with queue number 1
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Lịch khám' }).click()
    await page.getByRole('heading', { level: 1, name: 'Lịch khám của tôi' }).waitFor()
    const booked = page.getByRole('article', { name: DOCTOR.name })
    await booked.waitFor()
    const bookedText = await booked.textContent()
    expect(bookedText).toContain('Số thứ tự 1')
    expect(bookedText).toContain('Đã đặt')
    expect(bookedText).toContain('Phạm Mai (bạn)')
    expect(bookedText).toContain('08:00–08:30')
    await screenshot(page, 'booking-appointments')
    expect(await seriousAxeViolations(page)).toEqual([])

    // reschedule to another slot of the same day
    await booked.getByRole('link', { name: /Xem chi tiết/ }).click()
    await page.getByRole('heading', { level: 1, name: `Lịch khám với ${DOCTOR.name}` }).waitFor()
    await page.getByRole('link', { name: 'Đổi lịch' }).click()
    await page.getByRole('heading', { level: 1, name: 'Đổi lịch khám' }).waitFor()
    await choose(page, /^Ngày mai, /)
    // the booked time is no longer offered
    await page.getByRole('radio', { name: '08:30–09:00' }).waitFor()
    await expect(page.getByRole('radio', { name: '08:00–08:30' }).count()).resolves.toBe(0)
    await choose(page, '09:00–09:30')
    await screenshot(page, 'booking-reschedule')
    await page.getByRole('button', { name: /^Đổi sang 09:00/ }).click()
    await page.getByRole('heading', { level: 1, name: `Lịch khám với ${DOCTOR.name}` }).waitFor()
    await page.getByText('09:00–09:30', { exact: true }).waitFor()
    await page.getByText('Đổi từ một lịch trước đó').waitFor()
    expect(await activeAppointments()).toBe(1)
    const rows = await db.prisma.appointment.findMany({
      where: { patientId: fixture.patientId },
      orderBy: { createdAt: 'asc' },
      select: { id: true, status: true, rescheduledFromId: true },
    })
    expect(rows.map((row) => row.status)).toEqual(['rescheduled', 'scheduled'])
    expect(rows[1]?.rescheduledFromId).toBe(rows[0]?.id)

    // the dialog's way out says what it keeps: no "Hủy" beside "Hủy lịch"
    await page.getByRole('button', { name: 'Hủy lịch' }).click()
    const dialog = page.getByRole('alertdialog', { name: 'Hủy lịch khám?' })
    await dialog.waitFor()
    expect(await dialog.getByRole('button', { name: 'Hủy', exact: true }).count()).toBe(0)
    await dialog.getByRole('button', { name: 'Giữ lịch hẹn', exact: true }).click()
    await dialog.waitFor({ state: 'detached' })
    expect(await activeAppointments()).toBe(1)

    // cancel, with a reason (too short first)
    await page.getByRole('button', { name: 'Hủy lịch' }).click()
    await dialog.waitFor()
    await dialog.getByLabel('Lý do hủy').fill('ok')
    await dialog.getByRole('button', { name: 'Hủy lịch', exact: true }).click()
    await dialog.getByText('Lý do cần ít nhất 3 ký tự.').waitFor()
    await dialog.getByLabel('Lý do hủy').fill('Tôi có việc đột xuất')
    await screenshot(page, 'booking-cancel-dialog')
    await dialog.getByRole('button', { name: 'Hủy lịch', exact: true }).click()
    await dialog.waitFor({ state: 'detached' })
    await page.getByText('Bạn đã hủy lịch này.').waitFor()
    await page.getByText('Lý do: Tôi có việc đột xuất').waitFor()
    expect(await activeAppointments()).toBe(0)

    // nothing is still to come: both bookings are history, not "Sắp tới"
    await page.getByRole('link', { name: 'Tất cả lịch khám' }).click()
    await page.getByText('Bạn chưa có lịch khám sắp tới').waitFor()
    expect(await page.getByRole('article', { name: DOCTOR.name }).count()).toBe(0)
    await page.getByRole('tab', { name: 'Đã qua và đã hủy' }).click()
    const statuses = page.getByRole('article', { name: DOCTOR.name })
    await expect.poll(() => statuses.count()).toBe(2)
    const texts = await statuses.allTextContents()
    expect(texts.some((text) => text.includes('Đã đổi lịch'))).toBe(true)
    expect(texts.some((text) => text.includes('Đã hủy'))).toBe(true)
    await screenshot(page, 'booking-appointments-after')
  })

  it('bills a service less a promotion code, holds the prepaid visit, pays with VNPay, refunds a cancellation, with both receipts', async () => {
    // this clinic takes payment up front: the booking is held until paid
    await db.prisma.systemSetting.upsert({
      where: { key: 'booking.prepaymentRequired' },
      create: { key: 'booking.prepaymentRequired', value: true },
      update: { value: true },
    })
    invalidateSettings(db.prisma)
    onTestFinished(async () => {
      await db.prisma.systemSetting.update({ where: { key: 'booking.prepaymentRequired' }, data: { value: false } })
      invalidateSettings(db.prisma)
    })
    const doctor = await db.prisma.doctor.findUniqueOrThrow({ where: { id: fixture.doctorId } })
    const ecg = await db.prisma.service.create({ data: { name: 'Điện tâm đồ', category: 'test', basePrice: 100_000 } })
    await db.prisma.hospitalService.create({
      data: { hospitalId: doctor.hospitalId, serviceId: ecg.id, price: 120_000 },
    })
    const admin = await db.prisma.user.create({
      data: { role: 'admin', email: 'admin@example.vn', firstName: 'Quản', lastName: 'Trị' },
    })
    await db.prisma.promotion.create({
      data: {
        code: 'GIAM20K',
        discountType: 'fixed',
        discountValue: 20_000,
        startDate: new Date(Date.now() - 86_400_000),
        endDate: new Date(Date.now() + 30 * 86_400_000),
        createdById: admin.id,
      },
    })

    // five days ahead: more than the policy's 24 hours, whatever the hour of the run
    const page = await logIn(`/doctors/${fixture.doctorId}`)
    await page.getByRole('heading', { level: 1, name: DOCTOR.name }).waitFor()
    const [, month, day] = hospitalDay(5).split('-')
    await choose(page, new RegExp(`${day}/${month}, \\d+ chỗ$`))
    await choose(page, '08:00–08:30')
    await page.getByRole('link', { name: 'Tiếp tục đặt lịch' }).click()
    await page.getByRole('button', { name: 'Tiếp tục', exact: true }).click()
    await page.getByRole('heading', { name: 'Xem lại và xác nhận' }).waitFor()

    // the price list's service, then a code that does not exist, then one that does
    const bill = page.getByTestId('bill')
    await expect.poll(() => bill.textContent()).toMatch(/Tổng cộng300\.000/)
    await page.getByRole('checkbox', { name: /Điện tâm đồ/ }).check()
    await expect.poll(() => bill.textContent()).toMatch(/Tổng cộng420\.000/)
    await page.getByLabel('Mã khuyến mãi').fill('khongco')
    await page.getByRole('button', { name: 'Áp dụng' }).click()
    await page.getByRole('alert').getByText('Mã khuyến mãi không tồn tại.').waitFor()
    await page.getByLabel('Mã khuyến mãi').fill('giam20k')
    await page.getByRole('button', { name: 'Áp dụng' }).click()
    await page.getByText(/^Đã áp dụng mã GIAM20K: giảm 20\.000/).waitFor()
    await expect.poll(() => bill.textContent()).toMatch(/Giảm giá \(mã GIAM20K\)−20\.000.*Tổng cộng400\.000/)
    await page.getByText('Cần thanh toán trước').waitFor()
    await screenshot(page, 'payment-review')
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Xác nhận đặt lịch' }).click()

    // the success page offers to pay now: VNPay, approved in the server's sandbox checkout
    await page.getByRole('heading', { level: 1, name: 'Đặt lịch thành công' }).waitFor()
    const pay = page.getByRole('region', { name: 'Thanh toán' })
    // a bank transfer shows the VietQR code and what to type, each copyable
    await choose(pay, /^Chuyển khoản \(VietQR\)/)
    await pay.getByRole('button', { name: 'Xem thông tin chuyển khoản' }).click()
    const transfer = pay.getByRole('region', { name: 'Chuyển khoản bằng VietQR' })
    await transfer.getByRole('img', { name: /^Mã VietQR chuyển 400\.000/ }).waitFor()
    const transferText = await transfer.textContent()
    expect(transferText).toContain('Vietcombank')
    const started = await db.prisma.payment.findFirstOrThrow({
      where: { patientId: fixture.patientId, paymentMethod: 'bank_transfer', status: 'pending' },
    })
    expect(transferText).toContain(`Nội dung chuyển khoản${started.reference}`)
    await transfer.getByRole('button', { name: 'Sao chép nội dung' }).waitFor()
    await choose(pay, /^VNPay/)
    await transfer.waitFor({ state: 'detached' })
    await screenshot(page, 'payment-methods')
    await pay.getByRole('button', { name: /^Thanh toán 400\.000/ }).click()
    await page.waitForURL(/\/sandbox\/vnpay\//)
    await page.getByRole('button', { name: 'Thanh toán / Pay' }).click()
    await page.waitForURL(/\/payments\/[0-9a-f-]{36}/)
    await page.getByRole('heading', { level: 1, name: 'Thanh toán thành công' }).waitFor()
    expect(await page.getByTestId('payment-amount').textContent()).toMatch(/^400\.000/)
    const payment = await db.prisma.payment.findFirstOrThrow({
      where: { patientId: fixture.patientId, status: 'completed' },
    })
    expect(new URL(page.url()).pathname).toBe(`/payments/${payment.id}`)
    expect(payment).toMatchObject({ amount: 400_000, paymentMethod: 'vnpay' })
    await page.getByText(payment.transactionId ?? 'no transaction id').waitFor()
    await screenshot(page, 'payment-result')
    expect(await seriousAxeViolations(page)).toEqual([])

    const phone = await logIn(`/payments/${payment.id}`, { width: 390, height: 844 })
    await phone.getByRole('heading', { level: 1, name: 'Thanh toán thành công' }).waitFor()
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0)
    await screenshot(phone, 'payment-result-phone')

    // the appointment: its bill, paid, and a receipt that is a PDF
    await page.getByRole('link', { name: 'Xem lịch khám' }).click()
    await page.getByRole('heading', { level: 1, name: `Lịch khám với ${DOCTOR.name}` }).waitFor()
    const summary = page.getByRole('region', { name: 'Chi phí và thanh toán' })
    await summary.getByText('Đã thanh toán', { exact: true }).waitFor()
    const summaryText = await summary.textContent()
    expect(summaryText).toContain('Điện tâm đồ')
    expect(summaryText).toMatch(/Tổng cộng400\.000/)
    expect(summaryText).toContain('VNPay')
    const href = await summary.getByRole('link', { name: 'Tải biên lai (PDF)' }).getAttribute('href')
    expect(href).toBe(`/files/receipts/${payment.id}.pdf?lang=vi`)
    const fetchReceipt = () =>
      page.evaluate(async (url) => {
        const response = await fetch(url)
        const bytes = new Uint8Array(await response.arrayBuffer())
        return {
          status: response.status,
          type: response.headers.get('content-type'),
          head: String.fromCharCode(...bytes.subarray(0, 5)),
          size: bytes.length,
        }
      }, href ?? '')
    const receipt = await fetchReceipt()
    expect(receipt).toMatchObject({ status: 200, type: 'application/pdf', head: '%PDF-' })

    // cancelling five days ahead gives everything back, and the dialog says so first
    await page.getByRole('button', { name: 'Hủy lịch' }).click()
    const dialog = page.getByRole('alertdialog', { name: 'Hủy lịch khám?' })
    await dialog.getByText(/^Bạn sẽ được hoàn 400\.000\s₫$/).waitFor()
    await screenshot(page, 'payment-cancel-refund')
    await dialog.getByLabel('Lý do hủy').fill('Tôi đã khỏi bệnh')
    await dialog.getByRole('button', { name: 'Hủy lịch', exact: true }).click()
    await dialog.waitFor({ state: 'detached' })
    await summary.getByText('Đã hoàn tiền', { exact: true }).first().waitFor()
    expect(await summary.getByTestId('refunded-amount').textContent()).toMatch(/^400\.000/)
    const refunds = summary.getByTestId('refunds')
    await refunds.waitFor()
    expect(await refunds.textContent()).toContain('Hoàn theo chính sách hủy')
    expect((await db.prisma.payment.findUniqueOrThrow({ where: { id: payment.id } })).status).toBe('refunded')
    // the second receipt: the same link now also lists the refund and what was kept
    const refundedReceipt = await fetchReceipt()
    expect(refundedReceipt).toMatchObject({ status: 200, type: 'application/pdf', head: '%PDF-' })
    expect(refundedReceipt.size).toBeGreaterThan(receipt.size)
    await screenshot(page, 'payment-appointment-refunded')
    expect(await seriousAxeViolations(page)).toEqual([])
    await phone.goto(`${server.url}/appointments/${payment.appointmentId}`)
    await phone.getByRole('region', { name: 'Chi phí và thanh toán' }).getByTestId('refunds').waitFor()
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0)

    // the history, from the account menu
    await page.getByRole('button', { name: /^Tài khoản/ }).click()
    await page.getByRole('menuitem', { name: 'Lịch sử thanh toán' }).click()
    await page.getByRole('heading', { level: 1, name: 'Lịch sử thanh toán' }).waitFor()
    const item = page.getByRole('article', { name: /^400\.000\s₫ · Bệnh viện An Bình$/ }).filter({ hasText: 'VNPay' })
    await item.waitFor()
    const itemText = await item.textContent()
    expect(itemText).toContain('Đã hoàn tiền')
    expect(itemText).toContain('VNPay')
    expect(await item.getByRole('link', { name: /^Tải biên lai \(PDF\)/ }).getAttribute('href')).toBe(href)
    // the transfer started first and never paid waits, newest first: after the VNPay payment
    const items = page.getByRole('article', { name: /^400\.000\s₫ · Bệnh viện An Bình$/ })
    expect((await items.allTextContents()).map((text) => /VNPay|Chuyển khoản/.exec(text)?.[0])).toEqual([
      'VNPay',
      'Chuyển khoản',
    ])
    await screenshot(page, 'payment-history')
  })

  it('offers the waitlist on a full day, and lists it under My appointments', async () => {
    // a day the doctor takes off is no "Hết chỗ" and has no waitlist
    const doctor = await db.prisma.doctor.findUniqueOrThrow({ where: { id: fixture.doctorId } })
    await db.prisma.scheduleException.create({
      data: { hospitalId: doctor.hospitalId, doctorId: doctor.id, date: new Date(`${hospitalDay(4)}T00:00:00Z`) },
    })
    const page = await logIn(`/doctors/${fixture.doctorId}`)
    await page.getByRole('heading', { level: 1, name: DOCTOR.name }).waitFor()
    const [, offMonth, offDay] = hospitalDay(4).split('-')
    await choose(page, new RegExp(`${offDay}/${offMonth}, Nghỉ$`))
    await page.getByText(/^Bác sĩ không khám /).waitFor()
    expect(await page.getByRole('button', { name: 'Đăng ký danh sách chờ ngày này' }).count()).toBe(0)

    // the fully booked day: "thứ Bảy 29/11, Hết chỗ"
    const [, month, day] = hospitalDay(2).split('-')
    await choose(page, new RegExp(`${day}/${month}, Hết chỗ$`))
    await page.getByRole('button', { name: 'Đăng ký danh sách chờ ngày này' }).click()
    const dialog = page.getByRole('dialog')
    await dialog.getByRole('button', { name: 'Đăng ký chờ' }).click()
    await dialog.waitFor({ state: 'detached' })
    await page.getByText('Bạn đang trong danh sách chờ ngày này.').waitFor()
    const entries = await db.prisma.waitlistEntry.findMany({ where: { patientId: fixture.patientId } })
    expect(entries.map((entry) => [entry.date.toISOString().slice(0, 10), entry.status])).toEqual([
      [hospitalDay(2), 'waiting'],
    ])

    await page.getByRole('link', { name: 'Xem danh sách chờ của tôi' }).click()
    const waitlist = page.getByRole('region', { name: 'Danh sách chờ' })
    const entry = waitlist.getByRole('article', { name: DOCTOR.name })
    await entry.waitFor()
    expect(await entry.textContent()).toContain('Đang chờ')
    await screenshot(page, 'booking-waitlist')
    await entry.getByRole('button', { name: 'Rời danh sách' }).click()
    const confirm = page.getByRole('alertdialog', { name: 'Rời danh sách chờ?' })
    await confirm.getByRole('button', { name: 'Rời danh sách' }).click()
    await confirm.waitFor({ state: 'detached' })
    await waitlist.getByText(/Bạn không chờ chỗ ngày nào/).waitFor()
    const left = await db.prisma.waitlistEntry.findFirst({ where: { patientId: fixture.patientId } })
    expect(left?.status).toBe('cancelled')
  })

  it('offers a freed slot to the waitlist, and the patient claims it', async () => {
    const day = hospitalDay(3)
    await db.prisma.waitlistEntry.create({
      data: {
        patientId: fixture.patientId,
        doctorId: fixture.doctorId,
        date: new Date(`${day}T00:00:00Z`),
        type: 'in_person',
      },
    })
    // another patient books that day, then cancels: the slot is held for the first one waiting
    const { sessionToken } = await createClient({ baseUrl: server.url }).auth.login.mutate({
      identifier: 'khanh.vo@example.vn',
      password: PASSWORD,
    })
    const other = createClient({ baseUrl: server.url, headers: { authorization: `Bearer ${sessionToken}` } })
    const { slots } = await other.availability.slots.query({ doctorId: fixture.doctorId, from: day, to: day })
    const freed = slots.find((slot) => slot.startTime === '10:00')
    if (!freed) throw new Error('expected a 10:00 slot')
    const theirs = await other.appointments.book.mutate({
      doctorId: fixture.doctorId,
      startsAt: freed.startsAt,
      type: 'in_person',
      idempotencyKey: 'other-patient-0001',
    })
    await other.appointments.cancel.mutate({ appointmentId: theirs.id, reason: 'Đổi kế hoạch' })
    const offer = await db.prisma.waitlistEntry.findFirstOrThrow({
      where: { patientId: fixture.patientId, status: 'offered' },
    })

    const page = await logIn('/appointments')
    const waitlist = page.getByRole('region', { name: 'Danh sách chờ' })
    const entry = waitlist.getByRole('article', { name: DOCTOR.name })
    await entry.getByText(/^Có chỗ trống! Giữ cho bạn đến \d{2}:\d{2}, /).waitFor()
    // the held appointment tells which time freed up
    await entry.getByText(/^10:00–10:30, /).waitFor()
    await screenshot(page, 'booking-waitlist-offer')
    await entry.getByRole('button', { name: 'Nhận lịch' }).click()

    await page.getByRole('heading', { level: 1, name: 'Đặt lịch thành công' }).waitFor()
    await page.getByText('10:00–10:30', { exact: true }).waitFor()
    const claimed = await db.prisma.waitlistEntry.findUniqueOrThrow({ where: { id: offer.id } })
    expect(claimed.status).toBe('booked')
    const appointment = await db.prisma.appointment.findUniqueOrThrow({
      where: { id: offer.offeredAppointmentId ?? '' },
    })
    expect(appointment).toMatchObject({ status: 'scheduled', holdExpiresAt: null, patientId: fixture.patientId })
  })

  it('sorts by distance with the browser’s position, and explains when it is refused', async () => {
    const refused = await openPage('/doctors')
    await refused.getByRole('article', { name: DOCTOR.name }).waitFor()
    await refused.getByRole('combobox', { name: 'Sắp xếp' }).click()
    await refused.getByRole('option', { name: 'Gần tôi nhất' }).click()
    await refused.getByText('Không lấy được vị trí của bạn').waitFor()
    await expect.poll(() => new URL(refused.url()).searchParams.get('sort')).toBe(null)
    await refused.getByRole('article', { name: DOCTOR.name }).waitFor()

    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'vi-VN',
      timezoneId: ZONE,
      permissions: ['geolocation'],
      geolocation: { latitude: 10.7626, longitude: 106.6602 },
    })
    contexts.push(context)
    const located = await context.newPage()
    await located.goto(`${server.url}/doctors?sort=distance`)
    const card = located.getByRole('article', { name: DOCTOR.name })
    await card.getByText(/^Cách bạn [\d,]+ km$/).waitFor()
  })

  it('speaks English when chosen, with the same hospital-local times', async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 900 },
      locale: 'en-US',
      timezoneId: 'UTC',
    })
    contexts.push(context)
    await context.addInitScript(() => window.localStorage.setItem('medbook.language', 'en'))
    const page = await context.newPage()
    await page.goto(`${server.url}/doctors?q=huong`)
    const card = page.getByRole('article', { name: DOCTOR.name })
    await card.getByText(/^Earliest: \d{2}:\d{2}, /).waitFor()
    expect(await card.textContent()).toContain('Cardiology')
    await screenshot(page, 'booking-search-en')
    await card.getByRole('link', { name: DOCTOR.name, exact: true }).click()
    await page.getByRole('heading', { name: 'Choose a time' }).waitFor()
    await choose(page, /^Tomorrow, /)
    // a reader in another zone still sees the hospital's clock
    await page.getByRole('radio', { name: '08:00–08:30' }).waitFor()
    await screenshot(page, 'booking-profile-en')
  })

  it('has no serious or critical axe violations on the search page and the doctor profile', async () => {
    const search = await openPage('/doctors')
    await search.getByRole('article', { name: DOCTOR.name }).waitFor()
    expect(await seriousAxeViolations(search)).toEqual([])

    const profile = await openPage(`/doctors/${fixture.doctorId}`)
    // tomorrow, so the morning slots exist whatever the hour of the run
    await choose(profile, /^Ngày mai, /)
    await profile.getByRole('radio', { name: '08:00–08:30' }).waitFor()
    expect(await seriousAxeViolations(profile)).toEqual([])
  })

  it('fits a phone screen without horizontal scrolling', async () => {
    const phone = { width: 390, height: 844 }
    const search = await openPage('/doctors', phone)
    await search.getByRole('article', { name: DOCTOR.name }).waitFor()
    expect(await horizontalOverflow(search)).toBeLessThanOrEqual(0)
    await screenshot(search, 'booking-search-phone')
    await search.getByRole('button', { name: 'Bộ lọc' }).click()
    await search.getByRole('combobox', { name: 'Chuyên khoa' }).waitFor()
    expect(await horizontalOverflow(search)).toBeLessThanOrEqual(0)
    await screenshot(search, 'booking-search-filters-phone')

    const profile = await openPage(`/doctors/${fixture.doctorId}`, phone)
    await choose(profile, /^Ngày mai, /)
    await choose(profile, '14:00–14:30')
    const next = profile.getByRole('link', { name: 'Tiếp tục đặt lịch' })
    await next.waitFor()
    expect(await horizontalOverflow(profile)).toBeLessThanOrEqual(0)
    await screenshot(profile, 'booking-profile-phone')

    // signed out: the booking form sends the patient to log in, then back to the same time
    await next.click()
    await profile.getByLabel('Email hoặc số điện thoại').fill(PATIENT_EMAIL)
    await profile.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD)
    await profile.getByRole('button', { name: 'Đăng nhập', exact: true }).click()
    await profile.getByRole('heading', { level: 1, name: 'Đặt lịch khám' }).waitFor()
    expect(new URL(profile.url()).searchParams.get('time')).toBe('14:00')
    await profile.getByRole('button', { name: 'Tiếp tục', exact: true }).waitFor()
    expect(await horizontalOverflow(profile)).toBeLessThanOrEqual(0)
    await screenshot(profile, 'booking-details-phone')

    await profile.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Lịch khám' }).click()
    await profile.getByRole('heading', { level: 1, name: 'Lịch khám của tôi' }).waitFor()
    await profile.getByRole('region', { name: 'Danh sách chờ' }).waitFor()
    expect(await horizontalOverflow(profile)).toBeLessThanOrEqual(0)
    await screenshot(profile, 'booking-appointments-phone')
  })
  it('shows the shared records on a phone: prescription, PDF, amendment history, follow-up booking, access log', async () => {
    const { record, followUp } = await seedSharedRecord(db, fixture.patientId, fixture.doctorId)
    const phone = { width: 390, height: 844 }
    const page = await logIn('/', phone)
    await page
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Hồ sơ sức khỏe' })
      .click()
    await page.getByRole('heading', { level: 1, name: 'Hồ sơ sức khỏe' }).waitFor()
    const [year, month, day] = hospitalDay(-3).split('-')
    const visitDate = `${day}/${month}/${year}`
    const card = page.getByRole('article', { name: `Khám ngày ${visitDate}` })
    await card.waitFor()
    // newest first, the son's visit after; one person at a time with the chips
    const cards = page.getByRole('article', { name: /^Khám ngày / })
    await expect.poll(() => cards.count()).toBe(2)
    expect(await cards.last().textContent()).toContain('Người khám: Phạm Bảo An')
    await choose(page, 'Phạm Bảo An (Con)')
    await expect.poll(() => cards.count()).toBe(1)
    expect(await cards.first().textContent()).toContain('Viêm họng cấp')
    await choose(page, 'Bản thân tôi')
    await expect.poll(async () => (await cards.allTextContents()).join()).not.toContain('Viêm họng cấp')
    await expect.poll(() => cards.count()).toBe(1)
    const cardText = await card.textContent()
    expect(cardText).toContain('Tăng huyết áp độ 1')
    expect(cardText).toContain('Đã sửa đổi')
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'records-list-phone')

    await card.getByRole('link', { name: /^Xem hồ sơ khám ngày/ }).click()
    await page.getByRole('heading', { level: 1, name: `Hồ sơ khám ngày ${visitDate}` }).waitFor()
    const diagnosis = page.getByRole('region', { name: 'Chẩn đoán' })
    expect(await diagnosis.textContent()).toMatch(/Tăng huyết áp độ 1.*I10/)
    // one card per medicine, in large type
    const prescription = page.getByRole('region', { name: 'Đơn thuốc' })
    const medicine = prescription.getByRole('listitem').filter({ hasText: 'Amlodipin 5mg' })
    const medicineText = await medicine.textContent()
    for (const part of ['Liều1 viên', 'Cách dùng1 lần mỗi sáng', 'Thời gian30 ngày', 'Lưu ýUống sau ăn sáng']) {
      expect(medicineText).toContain(part)
    }
    const nameSize = await medicine
      .getByText('Amlodipin 5mg')
      .evaluate((element) => Number.parseFloat(getComputedStyle(element).fontSize))
    expect(nameSize).toBeGreaterThanOrEqual(20)
    const labs = page.getByRole('region', { name: 'Xét nghiệm' })
    expect(await labs.textContent()).toContain('LDL 3.9 mmol/L')
    const labHref = await labs.getByRole('link', { name: 'Mở Xét nghiệm mỡ máu, tệp 1 (PDF)' }).getAttribute('href')
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'record-phone')

    // the record and the lab result are PDFs, the record in the reader's language
    const pdfHref = await page.getByRole('link', { name: 'Tải PDF' }).getAttribute('href')
    expect(pdfHref).toMatch(/^\/files\/medical-records\/[0-9a-f-]{36}\.pdf\?lang=vi$/)
    for (const href of [pdfHref, labHref]) {
      const file = await page.evaluate(async (url) => {
        const response = await fetch(url)
        const bytes = new Uint8Array(await response.arrayBuffer())
        return {
          status: response.status,
          type: response.headers.get('content-type'),
          head: String.fromCharCode(...bytes.subarray(0, 5)),
        }
      }, href ?? '')
      expect(file).toEqual({ status: 200, type: 'application/pdf', head: '%PDF-' })
    }

    // version 1: when, who, why, and what it said
    await page.getByRole('button', { name: 'Xem lịch sử sửa đổi' }).click()
    const history = page.getByRole('region', { name: 'Lịch sử sửa đổi' })
    const earlier = history.getByRole('listitem').filter({ hasText: 'Phiên bản 1' })
    await earlier.waitFor()
    const earlierText = await earlier.textContent()
    expect(earlierText).toContain(`bởi ${DOCTOR.name}`)
    expect(earlierText).toContain('Lý do sửa: Bổ sung mã ICD-10 và kết quả xét nghiệm')
    await earlier.getByText('Nội dung phiên bản 1').click()
    await earlier.getByText('Giảm muối.', { exact: true }).waitFor()
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'record-history-phone')

    // the follow-up: the same doctor's times, on the day the doctor asked for
    await page.getByRole('link', { name: 'Đặt lịch tái khám' }).click()
    await page.getByRole('heading', { level: 1, name: DOCTOR.name }).waitFor()
    expect(new URL(page.url()).pathname).toBe(`/doctors/${fixture.doctorId}`)
    expect(new URL(page.url()).searchParams.get('date')).toBe(followUp)
    const [, followMonth, followDay] = followUp.split('-')
    const followUpDay = page.getByRole('radio', { name: new RegExp(`${followDay}/${followMonth}, \\d+ chỗ$`) })
    await expect.poll(() => followUpDay.isChecked()).toBe(true)
    await page.getByRole('radio', { name: '08:00–08:30' }).waitFor()
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await screenshot(page, 'record-follow-up-phone')
    // the next two weeks are one tap away
    await page.getByRole('button', { name: 'Xem giờ trống từ hôm nay' }).click()
    await page.getByRole('radio', { name: /^Hôm nay, / }).waitFor()

    // who opened the records: the doctor, not the patient's own reads
    await page.goto(`${server.url}/records`)
    await page.getByRole('link', { name: 'Ai đã xem hồ sơ của tôi' }).click()
    await page.getByRole('heading', { level: 1, name: 'Ai đã xem hồ sơ của tôi' }).waitFor()
    const entry = page.getByRole('listitem').filter({ hasText: `${DOCTOR.name} (Bác sĩ)` })
    await entry.first().waitFor()
    expect(await entry.first().textContent()).toContain('Đã xem hồ sơ')
    expect(await page.getByText(/^Phạm Mai/).count()).toBe(0)
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'records-access-phone')

    // in English, the PDF comes in English
    await page.evaluate(() => window.localStorage.setItem('medbook.language', 'en'))
    await page.goto(`${server.url}/records/${record.id}`)
    await page.getByRole('heading', { level: 1, name: /^Visit on / }).waitFor()
    await page.getByRole('region', { name: 'Prescription' }).getByText('Amlodipin 5mg').waitFor()
    expect(await page.getByRole('link', { name: 'Download PDF' }).getAttribute('href')).toBe(
      `/files/medical-records/${record.id}.pdf?lang=en`,
    )
    await page.getByRole('button', { name: 'Show amendment history' }).waitFor()
  })

  it('takes a review of a completed visit, and shows published reviews with their distribution on the doctor page', async () => {
    const doctor = await db.prisma.doctor.findUniqueOrThrow({ where: { id: fixture.doctorId } })
    const other = await db.prisma.patient.findFirstOrThrow({ where: { user: { email: 'khanh.vo@example.vn' } } })
    // three published reviews by another patient: 5, 5 and 3 stars, one answered by the doctor
    const published = [
      { rating: 5, comment: 'Bác sĩ giải thích rất kỹ về huyết áp.', helpfulCount: 0, reply: true },
      { rating: 5, comment: 'Khám nhanh, đúng giờ hẹn.', helpfulCount: 4, reply: false },
      { rating: 3, comment: 'Phải chờ lấy thuốc khá lâu.', helpfulCount: 1, reply: false },
    ]
    for (const [index, review] of published.entries()) {
      const visit = await completedVisit(db, other.id, doctor.id, 10 + index)
      await db.prisma.review.create({
        data: {
          patientId: other.id,
          appointmentId: visit.id,
          targetType: 'doctor',
          doctorId: doctor.id,
          rating: review.rating,
          comment: review.comment,
          status: 'approved',
          isApproved: true,
          helpfulCount: review.helpfulCount,
          createdAt: visit.endsAt,
          ...(review.reply
            ? {
                responseText: 'Cảm ơn anh, hẹn gặp lại lần tái khám.',
                respondedById: doctor.userId,
                respondedAt: visit.endsAt,
              }
            : {}),
        },
      })
    }

    // and one of the hospital, on the first of those visits
    const firstVisit = await db.prisma.review.findFirstOrThrow({
      where: { patientId: other.id, rating: 5, helpfulCount: 0 },
    })
    await db.prisma.review.create({
      data: {
        patientId: other.id,
        appointmentId: firstVisit.appointmentId,
        targetType: 'hospital',
        hospitalId: doctor.hospitalId,
        rating: 4,
        comment: 'Cơ sở sạch sẽ, nhân viên chu đáo.',
        status: 'approved',
        isApproved: true,
      },
    })
    await db.prisma.hospital.update({ where: { id: doctor.hospitalId }, data: { ratingAverage: 4, ratingCount: 1 } })
    // the doctor's rating is kept from the published reviews: (5 + 5 + 3) / 3
    await db.prisma.doctor.update({ where: { id: doctor.id }, data: { ratingAverage: 13 / 3, ratingCount: 3 } })

    // the patient's own completed visit, five days ago
    const visit = await completedVisit(db, fixture.patientId, doctor.id, 5)
    const phone = { width: 390, height: 844 }
    const page = await logIn(`/appointments/${visit.id}`, phone)
    await page.getByRole('heading', { level: 1, name: `Lịch khám với ${DOCTOR.name}` }).waitFor()
    const section = page.getByRole('region', { name: 'Đánh giá buổi khám' })
    await section.getByText(/^Bạn có thể đánh giá đến /).waitFor()
    const forDoctor = section.getByRole('region', { name: `Bác sĩ ${DOCTOR.name}` })
    // sending without stars says what is missing
    await forDoctor.getByRole('button', { name: 'Gửi đánh giá' }).click()
    await forDoctor.getByText('Hãy chọn số sao.').waitFor()
    await choose(forDoctor, '4 sao: Hài lòng')
    await forDoctor.getByLabel('Nhận xét (không bắt buộc)').fill('Bác sĩ tận tình, dặn dò kỹ.')
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'review-form-phone')
    await forDoctor.getByRole('button', { name: 'Gửi đánh giá' }).click()
    await forDoctor.getByText('Chờ duyệt', { exact: true }).waitFor()
    await forDoctor.getByText('Đánh giá sẽ hiện công khai sau khi được duyệt.').waitFor()
    const saved = await db.prisma.review.findFirstOrThrow({ where: { appointmentId: visit.id, targetType: 'doctor' } })
    expect(saved).toMatchObject({ rating: 4, comment: 'Bác sĩ tận tình, dặn dò kỹ.', status: 'pending' })
    // the hospital can still be reviewed on its own
    await section
      .getByRole('region', { name: 'Bệnh viện An Bình' })
      .getByRole('button', { name: 'Gửi đánh giá' })
      .waitFor()
    await screenshot(page, 'review-pending-phone')

    // the doctor page: 3 published reviews (the pending one is not), 2 × 5★ and 1 × 3★
    await page.goto(`${server.url}/doctors/${doctor.id}`)
    await page.getByRole('heading', { level: 1, name: DOCTOR.name }).waitFor()
    const reviews = page.getByRole('region', { name: 'Đánh giá của bệnh nhân' })
    const distribution = reviews.getByRole('list', { name: 'Số đánh giá theo số sao' })
    await distribution.waitFor()
    expect(await distribution.getByRole('listitem').allTextContents()).toEqual([
      expect.stringContaining('5 sao: 2 đánh giá'),
      expect.stringContaining('4 sao: 0 đánh giá'),
      expect.stringContaining('3 sao: 1 đánh giá'),
      expect.stringContaining('2 sao: 0 đánh giá'),
      expect.stringContaining('1 sao: 0 đánh giá'),
    ])
    expect(await reviews.textContent()).toMatch(/4,3 trên 5.*3 đánh giá/)
    const articles = reviews.getByRole('article')
    await expect.poll(() => articles.count()).toBe(3)
    // newest first: the 5★ of ten days ago, with the doctor's reply under it
    const first = articles.first()
    expect(await first.textContent()).toContain('Bác sĩ giải thích rất kỹ về huyết áp.')
    expect(await first.textContent()).toContain(`Phản hồi của BS ${DOCTOR.name}`)
    expect(await first.textContent()).toContain('Cảm ơn anh, hẹn gặp lại lần tái khám.')
    expect(await reviews.textContent()).not.toContain('Bác sĩ tận tình, dặn dò kỹ.')
    // most helpful first
    await choose(reviews, 'Hữu ích nhất')
    await expect.poll(async () => (await articles.first().textContent()) ?? '').toContain('Khám nhanh, đúng giờ hẹn.')
    // signed in: mark helpful, and report with a reason
    const helpful = articles.first().getByRole('button', { name: 'Hữu ích' })
    await helpful.click()
    await expect.poll(() => helpful.getAttribute('aria-pressed')).toBe('true')
    await articles.first().getByText('5 người thấy hữu ích').waitFor()
    await articles.last().getByRole('button', { name: 'Báo cáo' }).click()
    const dialog = page.getByRole('alertdialog', { name: 'Báo cáo đánh giá này?' })
    await dialog.getByLabel('Lý do báo cáo').fill('ok')
    await dialog.getByRole('button', { name: 'Gửi báo cáo' }).click()
    await dialog.getByText('Lý do cần ít nhất 3 ký tự.').waitFor()
    await dialog.getByLabel('Lý do báo cáo').fill('Nội dung không liên quan')
    await dialog.getByRole('button', { name: 'Gửi báo cáo' }).click()
    await dialog.waitFor({ state: 'detached' })
    await page.getByText('Đã gửi báo cáo. Cảm ơn bạn.', { exact: true }).waitFor()
    expect(await db.prisma.reviewReport.count({ where: { reason: 'Nội dung không liên quan' } })).toBe(1)
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'doctor-reviews-phone')

    // the hospital's page has its own reviews
    await page.goto(`${server.url}/hospitals/${doctor.hospitalId}`)
    await page.getByRole('heading', { level: 1, name: 'Bệnh viện An Bình' }).waitFor()
    const hospitalReviews = page.getByRole('region', { name: 'Đánh giá của bệnh nhân' })
    await hospitalReviews.getByRole('article').getByText('Cơ sở sạch sẽ, nhân viên chu đáo.').waitFor()
    const hospitalBars = await hospitalReviews
      .getByRole('list', { name: 'Số đánh giá theo số sao' })
      .getByRole('listitem')
      .allTextContents()
    expect(hospitalBars.map((text) => text.split('★')[0])).toEqual([
      '5 sao: 0 đánh giá5',
      '4 sao: 1 đánh giá4',
      '3 sao: 0 đánh giá3',
      '2 sao: 0 đánh giá2',
      '1 sao: 0 đánh giá1',
    ])
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'hospital-reviews-phone')
  })
})
