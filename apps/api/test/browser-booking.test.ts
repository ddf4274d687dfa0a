// Finding a doctor and booking through a real browser: the built patient app, served by the real
// HTTP server on a fresh database. Build the apps first:
//   npm run build -w @medbook/patient -w @medbook/portal
import { existsSync, mkdirSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { hashPassword } from '@medbook/api'
import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import axe from 'axe-core'
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient } from '../../../packages/sdk/src/index.js'
import { type RunningServer, startServer } from '../src/server.js'

const SCREENSHOTS = '/tmp/medbook-screenshots'
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
    await page.screenshot({ path: `${SCREENSHOTS}/booking-search.png`, fullPage: true })

    await card.getByRole('link', { name: DOCTOR.name, exact: true }).click()
    await page.getByRole('heading', { level: 1, name: DOCTOR.name }).waitFor()

    // tomorrow's first slot
    await choose(page, /^Ngày mai, /)
    await choose(page, '08:00–08:30')
    await page.screenshot({ path: `${SCREENSHOTS}/booking-profile.png`, fullPage: true })
    await page.getByRole('link', { name: 'Tiếp tục đặt lịch' }).click()

    await page.getByRole('heading', { level: 1, name: 'Đặt lịch khám' }).waitFor()
    await expect(page.getByRole('radio', { name: /Bản thân tôi/ }).isChecked()).resolves.toBe(true)
    await page.getByLabel('Lý do khám').fill('Khám định kỳ huyết áp')
    await page.getByRole('button', { name: 'Chóng mặt' }).click()
    await expect(page.getByRole('button', { name: 'Chóng mặt' }).getAttribute('aria-pressed')).resolves.toBe('true')
    await page.screenshot({ path: `${SCREENSHOTS}/booking-details.png`, fullPage: true })
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.getByRole('button', { name: 'Tiếp tục', exact: true }).click()
    await page.getByRole('heading', { name: 'Xem lại và xác nhận' }).waitFor()
    await page.screenshot({ path: `${SCREENSHOTS}/booking-review.png`, fullPage: true })
    // a double click still books once: the button locks and the idempotency key is the same
    await page.getByRole('button', { name: 'Xác nhận đặt lịch' }).dblclick()

    await page.getByRole('heading', { level: 1, name: 'Đặt lịch thành công' }).waitFor()
    await page.getByText('Số thứ tự 1', { exact: true }).waitFor()
    await page.screenshot({ path: `${SCREENSHOTS}/booking-success.png`, fullPage: true })
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
    await page.screenshot({ path: `${SCREENSHOTS}/booking-appointments.png`, fullPage: true })
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
    await page.screenshot({ path: `${SCREENSHOTS}/booking-reschedule.png`, fullPage: true })
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
    await page.screenshot({ path: `${SCREENSHOTS}/booking-cancel-dialog.png`, fullPage: true })
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
    await page.screenshot({ path: `${SCREENSHOTS}/booking-appointments-after.png`, fullPage: true })
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
    await page.screenshot({ path: `${SCREENSHOTS}/booking-waitlist.png`, fullPage: true })
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
    await page.screenshot({ path: `${SCREENSHOTS}/booking-waitlist-offer.png`, fullPage: true })
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
    await page.screenshot({ path: `${SCREENSHOTS}/booking-search-en.png`, fullPage: true })
    await card.getByRole('link', { name: DOCTOR.name, exact: true }).click()
    await page.getByRole('heading', { name: 'Choose a time' }).waitFor()
    await choose(page, /^Tomorrow, /)
    // a reader in another zone still sees the hospital's clock
    await page.getByRole('radio', { name: '08:00–08:30' }).waitFor()
    await page.screenshot({ path: `${SCREENSHOTS}/booking-profile-en.png`, fullPage: true })
  })

  it('has no serious or critical axe violations on the search page and the doctor profile', async () => {
    const search = await openPage('/doctors')
    await search.getByRole('article', { name: DOCTOR.name }).waitFor()
    expect(await seriousAxeViolations(search)).toEqual([])

    const profile = await openPage(`/doctors/${fixture.doctorId}`)
    await profile.getByRole('radio', { name: '08:00–08:30' }).first().waitFor()
    expect(await seriousAxeViolations(profile)).toEqual([])
  })

  it('fits a phone screen without horizontal scrolling', async () => {
    const phone = { width: 390, height: 844 }
    const search = await openPage('/doctors', phone)
    await search.getByRole('article', { name: DOCTOR.name }).waitFor()
    expect(await horizontalOverflow(search)).toBeLessThanOrEqual(0)
    await search.screenshot({ path: `${SCREENSHOTS}/booking-search-phone.png`, fullPage: true })
    await search.getByRole('button', { name: 'Bộ lọc' }).click()
    await search.getByRole('combobox', { name: 'Chuyên khoa' }).waitFor()
    expect(await horizontalOverflow(search)).toBeLessThanOrEqual(0)
    await search.screenshot({ path: `${SCREENSHOTS}/booking-search-filters-phone.png`, fullPage: true })

    const profile = await openPage(`/doctors/${fixture.doctorId}`, phone)
    await choose(profile, /^Ngày mai, /)
    await choose(profile, '14:00–14:30')
    const next = profile.getByRole('link', { name: 'Tiếp tục đặt lịch' })
    await next.waitFor()
    expect(await horizontalOverflow(profile)).toBeLessThanOrEqual(0)
    await profile.screenshot({ path: `${SCREENSHOTS}/booking-profile-phone.png`, fullPage: true })

    // signed out: the booking form sends the patient to log in, then back to the same time
    await next.click()
    await profile.getByLabel('Email hoặc số điện thoại').fill(PATIENT_EMAIL)
    await profile.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD)
    await profile.getByRole('button', { name: 'Đăng nhập', exact: true }).click()
    await profile.getByRole('heading', { level: 1, name: 'Đặt lịch khám' }).waitFor()
    expect(new URL(profile.url()).searchParams.get('time')).toBe('14:00')
    await profile.getByRole('button', { name: 'Tiếp tục', exact: true }).waitFor()
    expect(await horizontalOverflow(profile)).toBeLessThanOrEqual(0)
    await profile.screenshot({ path: `${SCREENSHOTS}/booking-details-phone.png`, fullPage: true })

    await profile.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Lịch khám' }).click()
    await profile.getByRole('heading', { level: 1, name: 'Lịch khám của tôi' }).waitFor()
    await profile.getByRole('region', { name: 'Danh sách chờ' }).waitFor()
    expect(await horizontalOverflow(profile)).toBeLessThanOrEqual(0)
    await profile.screenshot({ path: `${SCREENSHOTS}/booking-appointments-phone.png`, fullPage: true })
  })
})
