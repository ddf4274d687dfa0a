// The walking skeleton through a real browser: the built patient app and portal, served by
// the real HTTP server, reading a small fixture through tRPC. Build the apps first:
//   npm run build -w @medbook/patient -w @medbook/portal
import { existsSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type RunningServer, startServer } from '../src/server.js'
import { seriousAxeViolations } from './support/axe.js'
import { screenshot } from './support/screenshot.js'

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const

const FIXTURE = {
  specialties: [
    { name: 'Tim mạch', nameEn: 'Cardiology', slug: 'cardiology' },
    { name: 'Nhi khoa', nameEn: 'Pediatrics', slug: 'pediatrics' },
    { name: 'Da liễu', nameEn: 'Dermatology', slug: 'dermatology' },
  ],
  hanoi: { name: 'Bệnh viện Hồng Phúc', city: 'Hà Nội', street: '12 Phố Huế, Quận Hai Bà Trưng' },
  danang: { name: 'Phòng khám Đa khoa Sông Hàn', city: 'Đà Nẵng', street: '45 Bạch Đằng, Quận Hải Châu' },
}

async function seedFixture(db: Database) {
  const prisma = db.prisma
  const [cardiology, pediatrics, dermatology] = await Promise.all(
    FIXTURE.specialties.map((data) => prisma.specialty.create({ data })),
  )
  if (!cardiology || !pediatrics || !dermatology) throw new Error('fixture specialties were not created')

  async function hospital(
    place: { name: string; city: string; street: string },
    extra: { type: 'hospital' | 'clinic'; registrationNumber: string; email: string; specialtyIds: string[] },
  ) {
    const user = await prisma.user.create({
      data: { role: 'hospital', email: extra.email, firstName: place.name, lastName: 'Admin' },
    })
    return prisma.hospital.create({
      data: {
        userId: user.id,
        name: place.name,
        type: extra.type,
        street: place.street,
        city: place.city,
        latitude: 16.06,
        longitude: 108.22,
        facilities: ['Bãi đỗ xe', 'Nhà thuốc'],
        images: [],
        registrationNumber: extra.registrationNumber,
        ratingAverage: 4.5,
        ratingCount: 18,
        verified: true,
        status: 'active',
        operatingHours: { create: DAYS.slice(0, 6).map((day) => ({ day, openTime: '07:00', closeTime: '17:00' })) },
        specialties: { create: extra.specialtyIds.map((specialtyId) => ({ specialtyId })) },
      },
    })
  }

  const hanoi = await hospital(FIXTURE.hanoi, {
    type: 'hospital',
    registrationNumber: 'HN-0001',
    email: 'hongphuc@example.vn',
    specialtyIds: [cardiology.id, pediatrics.id],
  })
  await hospital(FIXTURE.danang, {
    type: 'clinic',
    registrationNumber: 'DN-0001',
    email: 'songhan@example.vn',
    specialtyIds: [dermatology.id],
  })
  const doctorUser = await prisma.user.create({
    data: { role: 'doctor', email: 'bs.lan@example.vn', firstName: 'Lan', lastName: 'Nguyễn' },
  })
  await prisma.doctor.create({
    data: {
      userId: doctorUser.id,
      hospitalId: hanoi.id,
      licenseNumber: 'BS-000123',
      languages: ['vi', 'en'],
      consultationFee: 300_000,
      status: 'approved',
      specialties: { create: [{ specialtyId: cardiology.id }] },
    },
  })
}

function hospitalCard(page: Page, name: string) {
  return page.getByRole('article', { name })
}

describe('walking skeleton in the browser', () => {
  let db: Database
  let server: RunningServer
  let browser: Browser
  const contexts: BrowserContext[] = []

  async function openPage(path: string, viewport = { width: 1280, height: 900 }) {
    const context = await browser.newContext({ viewport, locale: 'vi-VN', timezoneId: 'Asia/Ho_Chi_Minh' })
    contexts.push(context)
    const page = await context.newPage()
    await page.goto(`${server.url}${path}`)
    return page
  }

  beforeAll(async () => {
    for (const app of ['patient', 'portal']) {
      const index = fileURLToPath(new URL(`../../${app}/dist/index.html`, import.meta.url))
      if (!existsSync(index)) throw new Error(`${app} is not built: run npm run build -w @medbook/${app}`)
    }
    db = await createTestDatabase()
    await seedFixture(db)
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

  it('shows seeded specialties and hospitals on the patient home, in Vietnamese', async () => {
    const page = await openPage('/')
    await page.getByRole('heading', { level: 1, name: 'Tìm bệnh viện và phòng khám phù hợp với bạn' }).waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('vi')

    const specialties = page.getByRole('region', { name: 'Khám theo chuyên khoa' })
    for (const specialty of FIXTURE.specialties) {
      await specialties.getByRole('button', { name: new RegExp(specialty.name) }).waitFor()
    }
    await expect(specialties.getByRole('button', { name: /Tim mạch/ }).textContent()).resolves.toContain('1 bác sĩ')

    const hanoi = hospitalCard(page, FIXTURE.hanoi.name)
    await hanoi.waitFor()
    await hospitalCard(page, FIXTURE.danang.name).waitFor()
    const card = await hanoi.textContent()
    expect(card).toContain('Bệnh viện')
    expect(card).toContain(FIXTURE.hanoi.street)
    expect(card).toContain('1 bác sĩ')
    expect(card).toContain('Tim mạch')
    await screenshot(page, 'patient-home-vi')
  })

  it('narrows the hospital list when a city is chosen', async () => {
    const page = await openPage('/')
    await hospitalCard(page, FIXTURE.hanoi.name).waitFor()
    await page.getByRole('combobox', { name: 'Thành phố' }).click()
    await page.getByRole('option', { name: `${FIXTURE.danang.city} (1)` }).click()

    await hospitalCard(page, FIXTURE.hanoi.name).waitFor({ state: 'detached' })
    await hospitalCard(page, FIXTURE.danang.name).waitFor()
    expect(new URL(page.url()).searchParams.get('city')).toBe(FIXTURE.danang.city)
    await expect(page.getByRole('article').count()).resolves.toBe(1)
  })

  it('switches to English, keeps the choice, and shows English specialty names', async () => {
    const page = await openPage('/')
    await hospitalCard(page, FIXTURE.hanoi.name).waitFor()
    await page.getByRole('button', { name: /Ngôn ngữ/ }).click()
    await page.getByRole('menuitemradio', { name: 'English' }).click()

    await page.getByRole('heading', { level: 1, name: 'Find the right hospital or clinic for you' }).waitFor()
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
    const specialties = page.getByRole('region', { name: 'Browse by specialty' })
    await specialties.getByRole('button', { name: /Cardiology/ }).waitFor()
    await expect(specialties.getByRole('button', { name: /Cardiology/ }).textContent()).resolves.toContain('1 doctor')
    await expect(page.getByRole('combobox', { name: 'City' }).isVisible()).resolves.toBe(true)

    await page.reload()
    await page.getByRole('heading', { level: 1, name: 'Find the right hospital or clinic for you' }).waitFor()
    await screenshot(page, 'patient-home-en')
  })

  it('fits a phone screen without horizontal scrolling, in both apps', async () => {
    const phone = { width: 390, height: 844 }
    const horizontalOverflow = (page: Page) =>
      page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)

    const patient = await openPage('/', phone)
    await hospitalCard(patient, FIXTURE.danang.name).waitFor()
    expect(await horizontalOverflow(patient)).toBeLessThanOrEqual(0)
    await screenshot(patient, 'patient-home-phone')

    // the portal's table scrolls inside its card, never the page
    const portal = await openPage('/portal/hospitals', phone)
    await portal.getByRole('row', { name: new RegExp(FIXTURE.hanoi.name) }).waitFor()
    expect(await horizontalOverflow(portal)).toBeLessThanOrEqual(0)
    await screenshot(portal, 'portal-hospitals-phone')
  })

  it('lists the fixture hospitals in the portal table', async () => {
    const page = await openPage('/portal/')
    await page.waitForURL(/\/portal\/hospitals$/)
    await page.getByRole('heading', { level: 1, name: 'Cơ sở y tế' }).waitFor()
    const table = page.getByRole('table', { name: 'Danh sách cơ sở y tế' })
    await table.getByRole('row', { name: new RegExp(FIXTURE.hanoi.name) }).waitFor()
    await table.getByRole('row', { name: new RegExp(FIXTURE.danang.name) }).waitFor()
    await expect.poll(() => table.getByRole('row').count()).toBe(3)
    await screenshot(page, 'portal-hospitals')

    await page.getByRole('combobox', { name: 'Loại cơ sở' }).click()
    await page.getByRole('option', { name: 'Phòng khám' }).click()
    await table.getByRole('row', { name: new RegExp(FIXTURE.hanoi.name) }).waitFor({ state: 'detached' })
    // the old rows leave before the filtered page arrives: wait for it rather than count the gap
    await expect.poll(() => table.getByRole('row').count()).toBe(2)

    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Chuyên khoa' }).click()
    const specialties = page.getByRole('table', { name: 'Danh mục chuyên khoa' })
    await specialties.getByRole('row', { name: /Cardiology/ }).waitFor()
    await screenshot(page, 'portal-specialties')
  })

  it('has no serious or critical axe violations on the patient home', async () => {
    const page = await openPage('/')
    await hospitalCard(page, FIXTURE.hanoi.name).waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
  })

  it('has no serious or critical axe violations on the portal hospitals page', async () => {
    const page = await openPage('/portal/hospitals')
    await page.getByRole('row', { name: new RegExp(FIXTURE.hanoi.name) }).waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
  })
})
