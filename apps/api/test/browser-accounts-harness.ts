// Shared by the browser-accounts-*.test.ts files: a fresh database, a real SMTP server that
// catches the app's emails, the real HTTP server serving the built apps, and Chromium.
// Build the apps first: npm run build -w @medbook/patient -w @medbook/portal
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { type AddressInfo, createServer as createNetServer } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createServices, defaultApiConfig, hashPassword } from '@medbook/api'
import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import axe from 'axe-core'
import { type ParsedMail, simpleParser } from 'mailparser'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { SMTPServer } from 'smtp-server'
import { type RunningServer, startServer } from '../src/server.js'

export const SCREENSHOTS = '/tmp/medbook-screenshots'
export const PHONE = { width: 390, height: 844 }
export const DESKTOP = { width: 1280, height: 900 }
export const PASSWORD = 'Benhvien#2026'

export interface CapturedMail {
  to: string
  subject: string
  text: string
}

/** A real SMTP server in this process: the app sends through nodemailer, the test reads what arrived. */
async function startSmtpCapture() {
  const inbox: CapturedMail[] = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail: ParsedMail) => {
          const to = Array.isArray(mail.to) ? mail.to[0]?.text : mail.to?.text
          inbox.push({ to: to ?? '', subject: mail.subject ?? '', text: mail.text ?? '' })
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    /** the newest message to `to`, waiting up to 10 s for it to arrive */
    async lastMailTo(to: string): Promise<CapturedMail> {
      const deadline = Date.now() + 10_000
      for (;;) {
        const found = inbox.filter((mail) => mail.to.includes(to)).at(-1)
        if (found) return found
        if (Date.now() > deadline) throw new Error(`no mail to ${to}`)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export function codeIn(mail: CapturedMail): string {
  const match = mail.text.match(/\b(\d{6})\b/)
  if (!match?.[1]) throw new Error(`no six-digit code in: ${mail.text}`)
  return match[1]
}

export function linkIn(mail: CapturedMail, pathname: string): URL {
  const match = mail.text.match(new RegExp(`https?://\\S+${pathname}\\?token=[a-z0-9]+`))
  if (!match) throw new Error(`no ${pathname} link in: ${mail.text}`)
  return new URL(match[0])
}

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
  /** a new browser profile (own cookies), Vietnamese, in Vietnam's time zone */
  newPage(viewport?: { width: number; height: number }): Promise<Page>
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
  mkdirSync(SCREENSHOTS, { recursive: true })
  const uploadsDir = mkdtempSync(path.join(tmpdir(), 'medbook-uploads-'))
  const outboxDir = mkdtempSync(path.join(tmpdir(), 'medbook-outbox-'))
  const db = await createTestDatabase()
  const mail = await startSmtpCapture()
  const port = await freePort()
  const origin = `http://127.0.0.1:${port}`
  const services = createServices(
    defaultApiConfig({ smtpUrl: mail.url, appUrl: origin, portalUrl: `${origin}/portal`, outboxDir }),
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
    async newPage(viewport = DESKTOP) {
      const context = await browser.newContext({
        viewport,
        locale: 'vi-VN',
        timezoneId: 'Asia/Ho_Chi_Minh',
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

// ─── checks ───

export async function seriousAxeViolations(page: Page) {
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

export function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
}

export async function screenshot(page: Page, name: string) {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true })
}

/** The h1 of the page now showing. */
export function heading(page: Page, name: string | RegExp) {
  return page.getByRole('heading', { level: 1, name })
}
