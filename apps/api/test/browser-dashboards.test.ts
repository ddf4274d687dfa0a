// Dashboards and the doctor's own pages through the real browser, on the seeded demo data: staff
// open their hospital's overview, change the date range (presets and a checked custom range) and
// read the same figures the API answers; an admin opens the platform overview; a doctor lists
// their patients and edits their biography, which patients then read on the public profile.
// Build the apps first: npm run build -w @medbook/patient -w @medbook/portal
import { DEMO_PASSWORD, seedDemoData } from '@medbook/db/seed'
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type AccountsWorld,
  DESKTOP,
  heading,
  horizontalOverflow,
  logInToPortal,
  PHONE,
  screenshot,
  seriousAxeViolations,
  startAccountsWorld,
} from './browser-accounts-harness.js'

const ZONE = 'Asia/Ho_Chi_Minh'
const count = (value: number) => new Intl.NumberFormat('vi-VN').format(value)
const vnd = (value: number) =>
  new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 }).format(value)
/** text as a reader sees it: non-breaking spaces are spaces */
const plain = (text: string | null) => (text ?? '').replaceAll('\u00a0', ' ').replace(/\s+/g, ' ').trim()

function hospitalDay(offset: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: ZONE }).format(new Date())
  const [y = 0, m = 1, d = 1] = today.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10)
}

/** What the API answers this page's session: a tRPC query over HTTP with the browser's cookie. */
async function api<T>(page: Page, path: string, input?: unknown): Promise<T> {
  const query = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`
  const response = await page.request.get(`/trpc/${path}${query}`)
  expect(response.status(), await response.text()).toBe(200)
  return ((await response.json()) as { result: { data: { json: T } } }).result.data.json
}

async function textOf(locator: Locator) {
  return plain(await locator.textContent())
}

interface HospitalFigures {
  perDay: Array<{ date: string; status: string; count: number }>
  revenueTotal: number
  noShowRate: number | null
}

/** The headline figures on the page are the API's for the range. */
async function expectFigures(page: Page, range: { from: string; to: string }) {
  const data = await api<HospitalFigures>(page, 'dashboards.hospital', range)
  const total = data.perDay.reduce((sum, row) => sum + row.count, 0)
  await expect.poll(() => textOf(page.getByRole('group', { name: 'Lịch hẹn', exact: true }))).toContain(count(total))
  await expect
    .poll(() => textOf(page.getByRole('group', { name: 'Doanh thu', exact: true })))
    .toContain(plain(vnd(data.revenueTotal)))
  return { total, data }
}

describe('dashboards and the doctor’s own pages in the browser', () => {
  let world: AccountsWorld

  beforeAll(async () => {
    world = await startAccountsWorld()
    await seedDemoData(world.db, { scale: 'default' })
  })

  afterAll(async () => {
    await world?.close()
  })

  it('shows hospital staff their overview, whose figures follow the date range and match the API', async () => {
    const staff = await world.newPage(DESKTOP)
    await logInToPortal(staff, 'hospital@medbook.vn', DEMO_PASSWORD)
    // the portal's home for staff is their dashboard
    await staff.goto('/portal/')
    await staff.waitForURL(/\/portal\/dashboard$/)
    await heading(staff, 'Tổng quan bệnh viện').waitFor()
    const nav = staff.getByRole('navigation', { name: 'Điều hướng chính' })
    expect(await nav.getByRole('link', { name: 'Tổng quan' }).getAttribute('aria-current')).toBe('page')
    // the badge beside the logo names the real role
    await nav.getByRole('link', { name: 'MedBook Cơ sở y tế', exact: true }).waitFor()

    // the default: the last 30 days
    expect(await staff.getByRole('button', { name: '30 ngày' }).getAttribute('aria-pressed')).toBe('true')
    const { total } = await expectFigures(staff, { from: hospitalDay(-29), to: hospitalDay(0) })
    expect(total).toBeGreaterThan(0)

    // the stacked bars are drawn, and their figures are there as a table too
    const perDay = staff.getByRole('region', { name: 'Lịch hẹn theo ngày' })
    const chart = perDay.getByRole('img', { name: 'Lịch hẹn theo ngày' })
    await chart.locator('.recharts-bar-rectangle path').first().waitFor()
    expect(await chart.getAttribute('aria-describedby')).toBeTruthy()
    await staff
      .getByRole('region', { name: 'Doanh thu theo ngày' })
      .locator('.recharts-bar-rectangle')
      .first()
      .waitFor()
    await perDay.getByRole('button', { name: 'Xem bảng số liệu' }).click()
    const table = perDay.getByRole('table', { name: 'Lịch hẹn theo ngày và trạng thái' })
    await table.waitFor()
    expect(await perDay.getByRole('button', { name: 'Ẩn bảng số liệu' }).getAttribute('aria-expanded')).toBe('true')
    const rows = table.locator('tbody tr')
    expect(await rows.count()).toBe(30)
    const dayTotals = await rows.locator('td:last-child').allTextContents()
    expect(dayTotals.reduce((sum, cell) => sum + Number(cell.replaceAll('.', '')), 0)).toBe(total)
    await staff.getByRole('region', { name: 'Bác sĩ đông bệnh nhân nhất' }).getByRole('table').waitFor()
    await staff.getByRole('region', { name: 'Chuyên khoa đông nhất' }).getByRole('table').waitFor()
    expect(await seriousAxeViolations(staff)).toEqual([])
    await screenshot(staff, 'portal-dashboard-hospital-desktop')

    // a preset: the address and the figures follow
    await staff.getByRole('button', { name: '7 ngày' }).click()
    await staff.waitForURL(/range=7d/)
    await expectFigures(staff, { from: hospitalDay(-6), to: hospitalDay(0) })

    // a custom range is checked before anything is asked
    await staff.getByRole('button', { name: 'Tùy chọn' }).click()
    await staff.getByLabel('Từ ngày').fill(hospitalDay(0))
    await staff.getByLabel('Đến ngày').fill(hospitalDay(-5))
    await staff.getByRole('button', { name: 'Xem', exact: true }).click()
    await staff.getByText('Ngày bắt đầu phải trước hoặc trùng ngày kết thúc.').waitFor()
    expect(await staff.getByLabel('Đến ngày').getAttribute('aria-invalid')).toBe('true')
    expect(staff.url()).toMatch(/range=7d/)
    await staff.getByLabel('Từ ngày').fill(hospitalDay(-400))
    await staff.getByLabel('Đến ngày').fill(hospitalDay(0))
    await staff.getByRole('button', { name: 'Xem', exact: true }).click()
    await staff.getByText('Chọn tối đa 367 ngày.').waitFor()

    const custom = { from: hospitalDay(-60), to: hospitalDay(-31) }
    await staff.getByLabel('Từ ngày').fill(custom.from)
    await staff.getByLabel('Đến ngày').fill(custom.to)
    await staff.getByRole('button', { name: 'Xem', exact: true }).click()
    await staff.waitForURL(
      (url) => url.searchParams.get('from') === custom.from && url.searchParams.get('to') === custom.to,
    )
    await expectFigures(staff, custom)
    expect(await seriousAxeViolations(staff)).toEqual([])

    // the range survives a reload: it lives in the address
    await staff.reload()
    await heading(staff, 'Tổng quan bệnh viện').waitFor()
    expect(await staff.getByRole('button', { name: 'Tùy chọn' }).getAttribute('aria-pressed')).toBe('true')
    await expectFigures(staff, custom)

    const phone = await world.newPage(PHONE)
    await logInToPortal(phone, 'hospital@medbook.vn', DEMO_PASSWORD)
    await phone.goto('/portal/dashboard?range=30d')
    await phone.getByRole('img', { name: 'Lịch hẹn theo ngày' }).locator('.recharts-bar-rectangle').first().waitFor()
    expect(await horizontalOverflow(phone)).toBeLessThanOrEqual(0)
    await screenshot(phone, 'portal-dashboard-hospital-phone')
  })

  it('opens an administrator on the platform overview, with the way to the verification queue', async () => {
    const admin = await world.newPage(DESKTOP)
    await logInToPortal(admin, 'admin@medbook.vn', DEMO_PASSWORD)
    await admin.goto('/portal/')
    await admin.waitForURL(/\/portal\/admin-dashboard$/)
    await heading(admin, 'Tổng quan hệ thống').waitFor()
    type Growth = Array<{ patients: number; doctors: number; hospitals: number; appointments: number }>
    const data = await api<{
      usersByRole: Array<{ count: number }>
      pending: { hospitals: number; doctors: number }
      growth: Growth
    }>(admin, 'dashboards.admin', { weeks: 12 })
    const users = data.usersByRole.reduce((sum, row) => sum + row.count, 0)
    await expect
      .poll(() => textOf(admin.getByRole('group', { name: 'Người dùng', exact: true })))
      .toContain(count(users))
    const joined = (growth: Growth) =>
      growth.reduce((sum, week) => sum + week.patients + week.doctors + week.hospitals, 0)
    const accounts = admin.getByRole('region', { name: 'Tài khoản mới theo tuần' })
    // the demo accounts are older than twelve weeks: the chart says there is nothing to draw
    if (joined(data.growth) === 0) await accounts.getByText('Chưa có số liệu trong khoảng thời gian này.').waitFor()
    else await accounts.locator('.recharts-line-curve').first().waitFor()
    await admin.getByRole('img', { name: 'Lịch hẹn theo tuần' }).locator('.recharts-area-area').first().waitFor()
    await admin
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'MedBook Quản trị', exact: true })
      .waitFor()
    const pending = admin.getByRole('region', { name: 'Hồ sơ chờ xác minh' })
    expect(data.pending.hospitals).toBeGreaterThan(0)
    await pending.getByText(`${data.pending.hospitals} cơ sở y tế`, { exact: true }).waitFor()
    // the queue counts the same hospitals as waiting
    await pending.getByRole('link', { name: 'Mở hàng chờ xác minh' }).click()
    await admin.waitForURL(/\/portal\/verification/)
    await admin.getByRole('tab', { name: `Cơ sở y tế (${data.pending.hospitals})` }).waitFor()
    await admin.goBack()
    await heading(admin, 'Tổng quan hệ thống').waitFor()

    await admin.getByRole('button', { name: '52 tuần' }).click()
    await admin.waitForURL(/weeks=52/)
    const year = await api<{ growth: Growth }>(admin, 'dashboards.admin', { weeks: 52 })
    expect(joined(year.growth)).toBeGreaterThan(0)
    await admin.getByRole('img', { name: 'Tài khoản mới theo tuần' }).locator('.recharts-line-curve').first().waitFor()
    expect(await admin.locator('.recharts-line-curve').count()).toBe(3)
    await accounts.getByRole('button', { name: 'Xem bảng số liệu' }).click()
    const weeks = accounts.getByRole('table', { name: 'Tài khoản mới theo tuần' }).locator('tbody tr')
    await expect.poll(() => weeks.count()).toBe(52)
    const patientsCells = await weeks.locator('td:nth-child(2)').allTextContents()
    expect(patientsCells.reduce((sum, cell) => sum + Number(cell.replaceAll('.', '')), 0)).toBe(
      year.growth.reduce((sum, week) => sum + week.patients, 0),
    )
    expect(await seriousAxeViolations(admin)).toEqual([])
    await screenshot(admin, 'portal-dashboard-admin-desktop')

    // the activity log is newest first, in words: no raw action codes, money in VND
    type Log = { items: Array<{ timestamp: string; action: string; details: Record<string, unknown> }> }
    const logs = await api<Log>(admin, 'admin.activityLogs', { limit: 100 })
    const times = logs.items.map((entry) => new Date(entry.timestamp).getTime())
    expect(times).toEqual([...times].sort((a, b) => b - a))
    await admin.goto('/portal/activity')
    const log = admin.getByRole('table', { name: 'Nhật ký hoạt động' })
    await log.locator('tbody tr').first().waitFor()
    expect(await log.locator('tbody code').count()).toBe(0)
    const payments = await api<Log>(admin, 'admin.activityLogs', { limit: 20, action: 'make_payment' })
    const amount = payments.items[0]?.details.amount
    expect(typeof amount).toBe('number')
    await admin.goto('/portal/activity?action=make_payment')
    const payment = log.locator('tbody tr').first()
    await payment.getByText('Thanh toán', { exact: true }).waitFor()
    expect(await textOf(payment)).toContain(`Số tiền:${plain(vnd(amount as number))}`)
    expect(await textOf(payment)).not.toContain('make_payment')
  })

  it('lets a doctor list their patients and write a biography that patients then read', async () => {
    const doctorRow = await world.db.prisma.doctor.findFirstOrThrow({
      where: { user: { email: 'doctor@medbook.vn' } },
      include: { hospital: true },
    })
    expect(doctorRow.status).toBe('approved')

    // a doctor who opens the portal and logs in from its header lands on their day, not on the public
    // list; their device is set to New York, and visits still show in the hospital's zone
    const doctor = await world.newPage(DESKTOP, { timezoneId: 'America/New_York' })
    await doctor.goto('/portal/')
    await doctor.waitForURL(/\/portal\/hospitals$/)
    await doctor.getByRole('banner').getByRole('link', { name: 'Đăng nhập' }).click()
    await doctor.waitForURL(/\/portal\/login$/)
    await doctor.getByLabel('Email hoặc số điện thoại').fill('doctor@medbook.vn')
    await doctor.getByLabel('Mật khẩu', { exact: true }).fill(DEMO_PASSWORD)
    await doctor.getByRole('button', { name: 'Đăng nhập', exact: true }).click()
    await doctor.waitForURL(/\/portal\/schedule$/)
    const nav = doctor.getByRole('navigation', { name: 'Điều hướng chính' })
    await nav.getByRole('link', { name: 'MedBook Bác sĩ', exact: true }).waitFor()
    await nav.getByRole('link', { name: 'Bệnh nhân của tôi' }).click()
    await heading(doctor, 'Bệnh nhân của tôi').waitFor()
    const table = doctor.getByRole('table', { name: 'Bệnh nhân của tôi' })
    type Page = { items: Array<{ name: string; visits: number; nextVisitAt: string | null }>; total: number }
    const first = await api<Page>(doctor, 'doctorSelf.patients', { limit: 20 })
    expect(first.total).toBeGreaterThan(0)
    await doctor.getByText(`${count(first.total)} bệnh nhân`).waitFor()
    await expect.poll(() => textOf(table.locator('tbody tr').first())).toContain(first.items[0]?.name ?? '?')
    expect(await table.locator('tbody tr').count()).toBe(first.items.length)
    const next = first.items.findIndex((item) => item.nextVisitAt !== null)
    expect(next).toBeGreaterThanOrEqual(0)
    const clock = (zone: string) =>
      new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', timeZone: zone }).format(
        new Date(first.items[next]?.nextVisitAt ?? 0),
      )
    const nextCell = table.locator('tbody tr').nth(next).locator('td').nth(3)
    expect(await textOf(nextCell)).toContain(clock(ZONE))
    expect(await textOf(nextCell)).not.toContain(clock('America/New_York'))
    expect(await seriousAxeViolations(doctor)).toEqual([])
    await screenshot(doctor, 'portal-my-patients-desktop')

    // the server sorts: a header click asks for the list in that order
    await table.getByRole('button', { name: 'Số lần khám' }).click()
    await doctor.waitForURL(/sort=visits/)
    const direction = new URL(doctor.url()).searchParams.get('dir') as 'asc' | 'desc'
    const byVisits = await api<Page>(doctor, 'doctorSelf.patients', { limit: 20, sort: 'visits', direction })
    await expect.poll(() => textOf(table.locator('tbody tr').first())).toContain(byVisits.items[0]?.name ?? '?')
    expect(await table.getByRole('columnheader', { name: 'Số lần khám' }).getAttribute('aria-sort')).toBe(
      direction === 'asc' ? 'ascending' : 'descending',
    )

    // search without accents
    const someone = first.items[0]?.name ?? ''
    const bare = someone
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase()
    await doctor.getByLabel('Tìm theo tên').fill(bare)
    await doctor.waitForURL((url) => url.searchParams.get('query') === bare)
    const found = await api<Page>(doctor, 'doctorSelf.patients', { limit: 20, query: bare, sort: 'visits', direction })
    await doctor.getByText(`${count(found.total)} bệnh nhân`).waitFor()
    await expect.poll(() => table.locator('tbody tr').count()).toBe(found.items.length)
    await table.getByText(someone, { exact: true }).first().waitFor()

    // the professional profile: the biography is the doctor's own to write
    await nav.getByRole('link', { name: 'Hồ sơ chuyên môn' }).click()
    await heading(doctor, 'Hồ sơ chuyên môn').waitFor()
    await doctor.getByText(doctorRow.hospital.name).first().waitFor()
    const biography = `Bác sĩ ${Date.now().toString(36)}: khám và tư vấn tim mạch cho người lớn, nói tiếng Việt và tiếng Anh.`
    await doctor.getByRole('textbox', { name: 'Giới thiệu' }).fill(biography)
    await doctor.getByRole('button', { name: 'Lưu thay đổi' }).click()
    await doctor.getByText('Đã lưu hồ sơ chuyên môn.', { exact: true }).waitFor()
    expect(await seriousAxeViolations(doctor)).toEqual([])
    await screenshot(doctor, 'portal-doctor-profile-desktop')

    const patient = await world.newPage(PHONE)
    // every example the home page's search box offers finds hospitals in the demo data
    await patient.goto('/')
    const search = patient.getByLabel('Tên cơ sở y tế hoặc tên đường')
    const examples = ((await search.getAttribute('placeholder')) ?? '').replace(/^Ví dụ: /, '').split(', ')
    expect(examples.length).toBeGreaterThan(0)
    for (const example of examples) {
      await patient.goto('/')
      await search.fill(example)
      await patient.getByRole('button', { name: 'Tìm kiếm' }).click()
      await patient.getByRole('article').filter({ hasText: example }).first().waitFor()
    }
    await patient.goto(`/doctors/${doctorRow.id}`)
    await patient.getByText(biography).waitFor()
    await screenshot(patient, 'patient-doctor-profile-biography-phone')
  })
})
