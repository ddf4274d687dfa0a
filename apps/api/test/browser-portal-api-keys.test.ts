// Personal API keys in the portal, through the real browser: a hospital staff member creates a
// read-only key (only the scopes their role may grant are offered), sees the secret once, and
// clinic software calls the API over HTTP with it: reading the roster works, changing a doctor
// needs "hospital:write". Once revoked in the portal, the key stops working. A doctor is offered
// the doctor's scopes only.
// Build the apps first: npm run build -w @medbook/patient -w @medbook/portal
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient, isMedBookError } from '../../../packages/sdk/src/index.js'
import {
  type AccountsWorld,
  createApprovedDoctor,
  createHospitalStaff,
  DESKTOP,
  heading,
  horizontalOverflow,
  logInToPortal,
  PHONE,
  screenshot,
  seriousAxeViolations,
  startAccountsWorld,
} from './browser-accounts-harness.js'

const HOSPITAL = 'Bệnh viện Đa khoa Hồng Phúc'
const STAFF = { email: 'it@hongphuc.vn', lastName: 'Đỗ', firstName: 'Minh Khang' }
const DOCTOR = {
  email: 'bs.nga@hongphuc.vn',
  lastName: 'Phạm',
  firstName: 'Thúy Nga',
  licenseNumber: 'HN-BS-2016-0456',
  consultationFee: 250_000,
}
const KEY_NAME = 'Phần mềm phòng khám'

// the labels of the scopes each role is offered (API_KEY_SCOPES_BY_ROLE), in Vietnamese
const HOSPITAL_SCOPES = [
  'Xem hồ sơ',
  'Sửa hồ sơ',
  'Xem lịch khám',
  'Đặt lịch khám',
  'Xem dữ liệu cơ sở',
  'Quản lý cơ sở',
  'Xem thanh toán',
  'Thanh toán và hoàn tiền',
  'Xem tin nhắn',
  'Gửi tin nhắn',
]
const DOCTOR_SCOPES = [
  'Xem hồ sơ',
  'Sửa hồ sơ',
  'Xem lịch khám',
  'Đặt lịch khám',
  'Xem hồ sơ sức khỏe',
  'Xem tin nhắn',
  'Gửi tin nhắn',
]

/** The names of the permission checkboxes the create dialog offers. */
async function offeredScopes(page: Page): Promise<string[]> {
  const dialog = page.getByRole('dialog', { name: 'Tạo khóa API' })
  const group = dialog.getByRole('group', { name: 'Quyền' })
  await group.waitFor()
  const boxes = await group.getByRole('checkbox').all()
  return Promise.all(
    boxes.map(async (box) => {
      const label = await box.evaluate((input) => input.closest('label')?.querySelector('span span')?.textContent)
      return label ?? ''
    }),
  )
}

describe('portal in the browser: personal API keys for staff', () => {
  let world: AccountsWorld
  let doctorId: string

  beforeAll(async () => {
    world = await startAccountsWorld()
    const staff = await createHospitalStaff(world.db, STAFF, HOSPITAL)
    doctorId = (await createApprovedDoctor(world.db, staff.hospital?.id ?? '', DOCTOR)).id
  })

  afterAll(async () => {
    await world?.close()
  })

  it('a staff member creates a hospital:read key, sees it once, uses it over HTTP, then revokes it', async () => {
    const page = await world.newPage(DESKTOP)
    await logInToPortal(page, STAFF.email)
    await page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Khóa API' }).click()
    await page.waitForURL(/\/portal\/api-keys$/)
    await heading(page, 'Khóa API').waitFor()
    await page.getByText('Chưa có khóa API nào').waitFor()
    // how integrators use the key: the SDK, this server's address, the README section
    const guide = page.getByRole('region', { name: 'Dùng khóa với MedBook SDK' })
    expect(await guide.textContent()).toContain(`baseUrl: '${world.server.url}'`)
    expect(await guide.textContent()).toContain('myHospital.roster')
    expect(await guide.textContent()).toContain('Hospital operations (staff API keys)')
    expect(await seriousAxeViolations(page)).toEqual([])

    await page.getByRole('button', { name: 'Tạo khóa API' }).click()
    const dialog = page.getByRole('dialog', { name: 'Tạo khóa API' })
    // only what a hospital staff account may grant: no family or administration scopes
    expect(await offeredScopes(page)).toEqual(HOSPITAL_SCOPES)
    // nothing chosen yet: both problems shown in place
    await dialog.getByRole('button', { name: 'Tạo khóa' }).click()
    await dialog.getByText('Vui lòng điền mục này.').waitFor()
    await dialog.getByText('Chọn ít nhất một quyền.').waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'portal-api-key-form')
    await dialog.getByLabel('Tên khóa').fill(KEY_NAME)
    await dialog.getByRole('checkbox', { name: /Xem dữ liệu cơ sở/ }).check()
    await dialog.getByRole('button', { name: 'Tạo khóa' }).click()

    // the secret, this once
    const secretBox = page.getByRole('dialog', { name: 'Khóa API mới của bạn' }).getByLabel('Khóa API', { exact: true })
    const secret = await secretBox.inputValue()
    expect(secret).toMatch(/^mbk_/)
    await page.getByText('Đã tạo khóa API.').first().waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'portal-api-key-secret')
    await page.getByRole('button', { name: 'Tôi đã lưu khóa' }).click()
    await page.getByRole('dialog').waitFor({ state: 'detached' })

    const keys = page.getByRole('list', { name: 'Khóa API của bạn' })
    const key = keys.getByRole('listitem', { name: KEY_NAME })
    await key.waitFor()
    expect(await key.textContent()).toContain('Đang hoạt động')
    expect(await key.getByRole('list', { name: 'Quyền của khóa' }).textContent()).toBe('Xem dữ liệu cơ sở')
    // never again: not in the list, not after opening the dialog again, not after a reload
    expect(await page.content()).not.toContain(secret)
    await page.getByRole('button', { name: 'Tạo khóa API' }).click()
    await dialog.getByLabel('Tên khóa').waitFor()
    expect(await page.content()).not.toContain(secret)
    await dialog.getByRole('button', { name: 'Hủy' }).click()
    await page.reload()
    await key.waitFor()
    expect(await page.content()).not.toContain(secret)

    // clinic software: a real HTTP request with the key as bearer reads the roster…
    const roster = await fetch(`${world.server.url}/trpc/myHospital.roster`, {
      headers: { authorization: `Bearer ${secret}` },
    })
    expect(roster.status).toBe(200)
    const clinic = createClient({ baseUrl: world.server.url, apiKey: secret })
    expect((await clinic.myHospital.roster.query()).map((doctor) => doctor.id)).toEqual([doctorId])
    // …but changing a doctor needs hospital:write, which this key lacks
    const refused = await clinic.myHospital.updateDoctor
      .mutate({ doctorId, consultationFee: 1_000 })
      .catch((error: unknown) => error)
    expect(isMedBookError(refused)).toBe(true)
    expect((refused as { data?: { code?: string } }).data?.code).toBe('FORBIDDEN')
    expect((refused as Error).message).toContain('hospital:write')
    const doctor = await world.db.prisma.doctor.findUniqueOrThrow({ where: { id: doctorId } })
    expect(doctor.consultationFee).toBe(DOCTOR.consultationFee)

    // the list says the key was used
    await page.reload()
    await key.getByText(/Dùng lần cuối/).waitFor()

    // revoked in the portal: the key stops working at once
    await key.getByRole('button', { name: `Thu hồi ${KEY_NAME}` }).click()
    const confirm = page.getByRole('alertdialog', { name: `Thu hồi khóa “${KEY_NAME}”?` })
    await confirm.waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await confirm.getByRole('button', { name: 'Thu hồi khóa' }).click()
    await confirm.waitFor({ state: 'detached' })
    await page.getByText(`Đã thu hồi khóa “${KEY_NAME}”.`).first().waitFor()
    await key.getByText('Đã thu hồi', { exact: true }).waitFor()
    expect(await key.getByRole('button', { name: /Thu hồi/ }).count()).toBe(0)
    const afterRevoke = await fetch(`${world.server.url}/trpc/myHospital.roster`, {
      headers: { authorization: `Bearer ${secret}` },
    })
    expect(afterRevoke.status).toBe(401)
    const gone = await clinic.myHospital.roster.query().catch((error: unknown) => error)
    expect((gone as { data?: { code?: string } }).data?.code).toBe('UNAUTHORIZED')
    const row = await world.db.prisma.apiKey.findFirstOrThrow({ where: { name: KEY_NAME } })
    expect(row.revokedAt).not.toBeNull()
  })

  it('fits a phone, and a doctor is offered only the doctor’s scopes', async () => {
    const staffPhone = await world.newPage(PHONE)
    await logInToPortal(staffPhone, STAFF.email)
    await staffPhone.goto('/portal/api-keys')
    await staffPhone.getByRole('list', { name: 'Khóa API của bạn' }).getByRole('listitem', { name: KEY_NAME }).waitFor()
    expect(await horizontalOverflow(staffPhone)).toBeLessThanOrEqual(0)
    expect(await seriousAxeViolations(staffPhone)).toEqual([])
    await screenshot(staffPhone, 'portal-api-keys-phone')

    const page = await world.newPage(DESKTOP)
    await logInToPortal(page, DOCTOR.email)
    await page.goto('/portal/api-keys')
    await heading(page, 'Khóa API').waitFor()
    const guide = page.getByRole('region', { name: 'Dùng khóa với MedBook SDK' })
    expect(await guide.textContent()).toContain('medbook.profile.get.query()')
    await page.getByRole('button', { name: 'Tạo khóa API' }).click()
    expect(await offeredScopes(page)).toEqual(DOCTOR_SCOPES)
  })
})
