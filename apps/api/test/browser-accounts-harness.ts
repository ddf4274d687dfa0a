// Shared by the browser-accounts-*.test.ts files: a fresh database, a real SMTP server that
// catches the app's emails, the real HTTP server serving the built apps, and Chromium.
// Build the apps first: npm run build -w @medbook/patient -w @medbook/portal
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { type AddressInfo, createServer as createNetServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createServices, defaultApiConfig, hashPassword } from '@medbook/api'
import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { startSmsGateway } from '../../../packages/api/test/support/sms-gateway.js'
import { startSmtpCapture } from '../../../packages/api/test/support/smtp.js'
import { type RunningServer, startServer } from '../src/server.js'

export { type CapturedSms, smsCode } from '../../../packages/api/test/support/sms-gateway.js'
export { type CapturedMail, codeIn, linkIn } from '../../../packages/api/test/support/smtp.js'
// the API package's real SMTP server and SMS webhook, which the browser tests share
export { finishAnimations, seriousAxeViolations } from './support/axe.js'
export { screenshot } from './support/screenshot.js'

export const PHONE = { width: 390, height: 844 }
export const DESKTOP = { width: 1280, height: 900 }
export const PASSWORD = 'Benhvien#2026'

/** A port nobody uses now, so the emailed links can name the server's real origin. */
async function freePort(): Promise<number> {
  const probe = createNetServer()
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve))
  const { port } = probe.address() as AddressInfo
  await new Promise<void>((resolve) => probe.close(() => resolve()))
  return port
}

export interface AccountsWorld {
  db: Database
  server: RunningServer
  browser: Browser
  mail: Awaited<ReturnType<typeof startSmtpCapture>>
  sms: Awaited<ReturnType<typeof startSmsGateway>>
  /** a new browser profile (own cookies), Vietnamese, in Vietnam's time zone unless told another */
  newPage(viewport?: { width: number; height: number }, options?: { timezoneId?: string }): Promise<Page>
  close(): Promise<void>
}

export async function startAccountsWorld(): Promise<AccountsWorld> {
  // MEDBOOK_APPS_DIST=/some/dir tests builds kept in <dir>/patient and <dir>/portal instead of the
  // apps' own dist folders (useful while another build rewrites those)
  const distRoot = process.env.MEDBOOK_APPS_DIST
  const dist = (app: string) =>
    distRoot ? path.join(distRoot, app) : fileURLToPath(new URL(`../../${app}/dist`, import.meta.url))
  for (const app of ['patient', 'portal']) {
    if (!existsSync(path.join(dist(app), 'index.html'))) {
      throw new Error(`${app} is not built: run npm run build -w @medbook/${app}`)
    }
  }
  const uploadsDir = mkdtempSync(path.join(tmpdir(), 'medbook-uploads-'))
  const outboxDir = mkdtempSync(path.join(tmpdir(), 'medbook-outbox-'))
  const db = await createTestDatabase()
  const mail = await startSmtpCapture()
  const sms = await startSmsGateway()
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const services = createServices(
    defaultApiConfig({
      smtpUrl: mail.url,
      smsWebhookUrl: sms.url,
      appUrl: origin,
      portalUrl: `${origin}/portal`,
      outboxDir,
    }),
  )
  const server = await startServer({
    db: db.prisma,
    services,
    port,
    uploadsDir,
    patientDir: dist('patient'),
    portalDir: dist('portal'),
  })
  const browser = await chromium.launch({
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
  const contexts: BrowserContext[] = []
  return {
    db,
    server,
    browser,
    mail,
    sms,
    async newPage(viewport = DESKTOP, options = {}) {
      const context = await browser.newContext({
        viewport,
        locale: 'vi-VN',
        timezoneId: options.timezoneId ?? 'Asia/Ho_Chi_Minh',
        baseURL: server.url,
      })
      context.setDefaultTimeout(15_000)
      contexts.push(context)
      return context.newPage()
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => {})
      await browser.close().catch(() => {})
      await server.close().catch(() => {})
      await mail.close()
      await sms.close()
      await db.close()
      rmSync(uploadsDir, { recursive: true, force: true })
      rmSync(outboxDir, { recursive: true, force: true })
    },
  }
}

// ─── fixtures: users made directly in the database, as the API itself would store them ───

interface PersonFixture {
  email: string
  firstName: string
  lastName: string
}

export async function createPatient(db: Database, person: PersonFixture) {
  return db.prisma.user.create({
    data: {
      role: 'patient',
      ...person,
      password: await hashPassword(PASSWORD),
      verificationStatus: true,
      patient: { create: {} },
    },
  })
}

export async function createAdmin(db: Database, person: PersonFixture) {
  return db.prisma.user.create({
    data: { role: 'admin', ...person, password: await hashPassword(PASSWORD), verificationStatus: true },
  })
}

/** A hospital-staff account is the owner of its hospital row. */
export async function createHospitalStaff(db: Database, person: PersonFixture, hospitalName: string) {
  return db.prisma.user.create({
    data: {
      role: 'hospital',
      ...person,
      password: await hashPassword(PASSWORD),
      verificationStatus: true,
      hospital: {
        create: {
          name: hospitalName,
          type: 'hospital',
          street: '78 Giải Phóng, Quận Đống Đa',
          city: 'Hà Nội',
          latitude: 21.0,
          longitude: 105.84,
          registrationNumber: `HN-${Date.now()}`,
          verified: true,
          status: 'active',
        },
      },
    },
    include: { hospital: true },
  })
}

/** A patient who signed up with only a phone number (E.164) and verified it. */
export async function createPhonePatient(
  db: Database,
  person: { phoneNumber: string; firstName: string; lastName: string },
) {
  return db.prisma.user.create({
    data: {
      role: 'patient',
      ...person,
      password: await hashPassword(PASSWORD),
      verificationStatus: true,
      patient: { create: {} },
    },
  })
}

/** An approved doctor of a hospital, as patients find them in search. */
export async function createApprovedDoctor(
  db: Database,
  hospitalId: string,
  person: PersonFixture & { licenseNumber: string; consultationFee: number },
) {
  const { licenseNumber, consultationFee, ...user } = person
  return db.prisma.doctor.create({
    data: {
      hospital: { connect: { id: hospitalId } },
      licenseNumber,
      consultationFee,
      status: 'approved',
      verifiedDocuments: true,
      experience: 12,
      languages: ['vi', 'en'],
      user: {
        create: { role: 'doctor', ...user, password: await hashPassword(PASSWORD), verificationStatus: true },
      },
    },
  })
}

// ─── applicants and schedules for the administrators' tests (browser-admin-*.test.ts) ───

const WEEK = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const

/** A hospital that registered and waits for an administrator, with its staff account (which can log in). */
export async function createPendingHospital(
  db: Database,
  person: PersonFixture,
  hospital: { name: string; registrationNumber: string; street: string; city: string },
) {
  return db.prisma.user.create({
    data: {
      role: 'hospital',
      ...person,
      password: await hashPassword(PASSWORD),
      verificationStatus: true,
      hospital: {
        create: { ...hospital, type: 'clinic', latitude: 10.78, longitude: 106.7, verified: false, status: 'pending' },
      },
    },
    include: { hospital: true },
  })
}

/** A doctor who joined a hospital and waits for an administrator to approve their licence. */
export async function createPendingDoctor(
  db: Database,
  hospitalId: string,
  person: PersonFixture & { licenseNumber: string; consultationFee: number },
) {
  const { licenseNumber, consultationFee, ...user } = person
  return db.prisma.doctor.create({
    data: {
      hospital: { connect: { id: hospitalId } },
      licenseNumber,
      consultationFee,
      status: 'pending',
      experience: 8,
      languages: ['vi'],
      qualifications: [{ degree: 'Bác sĩ đa khoa', institution: 'Đại học Y Hà Nội', year: 2017 }],
      user: {
        create: { role: 'doctor', ...user, password: await hashPassword(PASSWORD), verificationStatus: true },
      },
    },
  })
}

/** The hospital opens every day of the week, `open`–`close` ("HH:MM", its own time zone). */
export async function openEveryDay(db: Database, hospitalId: string, open = '07:00', close = '17:00') {
  await db.prisma.hospitalOperatingHours.createMany({
    data: WEEK.map((day) => ({ hospitalId, day, openTime: open, closeTime: close })),
  })
}

/** Weekly in-person slots of 30 minutes starting at each of `times`, every day of the week. */
export async function addWeeklySlots(db: Database, doctorId: string, times: readonly string[]) {
  const plus30 = (time: string) => {
    const [h = 0, m = 0] = time.split(':').map(Number)
    const total = h * 60 + m + 30
    return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`
  }
  await db.prisma.doctorAvailabilitySlot.createMany({
    data: WEEK.flatMap((day) =>
      times.map((startTime) => ({ doctorId, day, startTime, endTime: plus30(startTime), type: 'in_person' as const })),
    ),
  })
}

// ─── checks ───

export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
}

/** The h1 of the page now showing. */
export function heading(page: Page, name: string | RegExp) {
  return page.getByRole('heading', { level: 1, name })
}

// ─── staff operations (browser-staff-*.test.ts): signing in, offered services, appointments ───

/** Signs in on the portal's log-in page and waits to leave it. */
export async function logInToPortal(page: Page, email: string, password = PASSWORD) {
  await page.goto('/portal/login')
  await page.getByLabel('Email hoặc số điện thoại').fill(email)
  await page.getByLabel('Mật khẩu', { exact: true }).fill(password)
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click()
  await page.waitForURL((url) => url.pathname !== '/portal/login')
}

/** Signs in on the patient app's log-in page, which goes on to `next`. */
export async function logInToPatientApp(page: Page, email: string, next = '/') {
  await page.goto(`/login?next=${encodeURIComponent(next)}`)
  await page.getByLabel('Email hoặc số điện thoại').fill(email)
  await page.getByLabel('Mật khẩu', { exact: true }).fill(PASSWORD)
  await page.getByRole('button', { name: 'Đăng nhập', exact: true }).click()
  await page.waitForURL((url) => `${url.pathname}${url.search}` === next)
}

/** A catalogue service, optionally offered by a hospital at its own price. */
export async function createCatalogueService(
  db: Database,
  service: { name: string; category: 'consultation' | 'test' | 'imaging' | 'procedure'; basePrice: number },
  offeredBy?: { hospitalId: string; price: number; description?: string },
) {
  return db.prisma.service.create({
    data: {
      ...service,
      ...(offeredBy
        ? {
            hospitals: {
              create: {
                hospitalId: offeredBy.hospitalId,
                price: offeredBy.price,
                description: offeredBy.description ?? null,
              },
            },
          }
        : {}),
    },
  })
}

/** A scheduled in-person appointment; `startsAt` is the visit's instant (Vietnam is UTC+7 all year). */
export async function createAppointment(
  db: Database,
  visit: { patientUserId: string; doctorId: string; hospitalId: string; startsAt: Date; queueNumber?: number },
) {
  const patient = await db.prisma.patient.findUniqueOrThrow({ where: { userId: visit.patientUserId } })
  const localDate = new Date(visit.startsAt.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)
  return db.prisma.appointment.create({
    data: {
      patientId: patient.id,
      doctorId: visit.doctorId,
      hospitalId: visit.hospitalId,
      appointmentDate: new Date(`${localDate}T00:00:00Z`),
      startsAt: visit.startsAt,
      endsAt: new Date(visit.startsAt.getTime() + 30 * 60_000),
      type: 'in_person',
      queueNumber: visit.queueNumber ?? 1,
    },
  })
}
