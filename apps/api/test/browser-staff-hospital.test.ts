// Hospital staff run their hospital through the real browser: they change a service's price and
// add another from the catalogue, and a patient sees the new prices on the hospital's page in the
// patient app; they edit the hospital profile (opening hours, facilities, contact, a photo) and the
// public page shows it. The built apps are served by the real HTTP server on a fresh database.
// Build the apps first: npm run build -w @medbook/patient -w @medbook/portal
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type AccountsWorld,
  createCatalogueService,
  createHospitalStaff,
  createPatient,
  DESKTOP,
  heading,
  horizontalOverflow,
  logInToPatientApp,
  logInToPortal,
  PHONE,
  screenshot,
  seriousAxeViolations,
  startAccountsWorld,
} from './browser-accounts-harness.js'

const HOSPITAL = 'Bệnh viện Đa khoa Thành Tâm'
const STAFF = { email: 'vanhanh@thanhtam.vn', lastName: 'Ngô', firstName: 'Bảo Ngọc' }
const PATIENT = { email: 'minh.dang@example.vn', lastName: 'Đặng', firstName: 'Quang Minh' }
const ULTRASOUND = 'Siêu âm ổ bụng tổng quát'
const BLOOD_COUNT = 'Xét nghiệm công thức máu'
// a 1×1 PNG: the server checks the file's own bytes
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)

/** Picks an option of a Radix Select by its label. */
async function choose(page: Page, combobox: Locator, option: string | RegExp) {
  await combobox.click()
  await page.getByRole('option', { name: option }).click()
}

describe('hospital staff in the browser: services, prices and the hospital profile', () => {
  let world: AccountsWorld
  let hospitalId: string

  beforeAll(async () => {
    world = await startAccountsWorld()
    const staff = await createHospitalStaff(world.db, STAFF, HOSPITAL)
    hospitalId = staff.hospital?.id ?? ''
    await createPatient(world.db, PATIENT)
    await createCatalogueService(
      world.db,
      { name: ULTRASOUND, category: 'imaging', basePrice: 200_000 },
      { hospitalId, price: 250_000, description: 'Bác sĩ đọc kết quả ngay' },
    )
    await createCatalogueService(world.db, { name: BLOOD_COUNT, category: 'test', basePrice: 120_000 })
  })

  afterAll(async () => {
    await world?.close()
  })

  it('changes a price and adds a service; a patient sees the new prices on the hospital page', async () => {
    const staff = await world.newPage(DESKTOP)
    await logInToPortal(staff, STAFF.email)
    const nav = staff.getByRole('navigation', { name: 'Điều hướng chính' })
    await nav.getByRole('link', { name: 'Dịch vụ và bảng giá', exact: true }).click()
    await heading(staff, 'Dịch vụ và bảng giá').waitFor()
    const table = staff.getByRole('table', { name: 'Dịch vụ và giá của cơ sở' })
    const ultrasound = table.getByRole('row', { name: new RegExp(ULTRASOUND) })
    await ultrasound.waitFor()
    expect(await ultrasound.textContent()).toContain('250.000')
    expect(await ultrasound.textContent()).toContain('Giá tham khảo 200.000')
    expect(await seriousAxeViolations(staff)).toEqual([])

    // the hospital's own price, edited in a dialog
    await ultrasound.getByRole('button', { name: `Sửa ${ULTRASOUND}` }).click()
    const edit = staff.getByRole('dialog', { name: `Sửa “${ULTRASOUND}”` })
    await edit.getByLabel('Giá (đồng)').fill('-5')
    await edit.getByRole('button', { name: 'Lưu thay đổi' }).click()
    await edit.getByText('Nhập giá là số nguyên từ 0 đến 1.000.000.000 đồng.').waitFor()
    await edit.getByLabel('Giá (đồng)').fill('320000')
    await edit.getByText(/320\.000\s₫ · giá tham khảo/).waitFor()
    expect(await seriousAxeViolations(staff)).toEqual([])
    await edit.getByRole('button', { name: 'Lưu thay đổi' }).click()
    await edit.waitFor({ state: 'detached' })
    await expect.poll(() => ultrasound.textContent()).toContain('320.000')

    // a catalogue service the hospital does not offer yet, at a price below the catalogue's
    await staff.getByRole('button', { name: 'Thêm dịch vụ' }).click()
    const add = staff.getByRole('dialog', { name: 'Thêm dịch vụ' })
    await choose(staff, add.getByRole('combobox', { name: 'Dịch vụ' }), `${BLOOD_COUNT} · Xét nghiệm`)
    await expect.poll(() => add.getByLabel('Giá (đồng)').inputValue()).toBe('120000')
    await add.getByLabel('Giá (đồng)').fill('95000')
    await add.getByLabel('Mô tả của cơ sở').fill('Có kết quả sau 2 giờ')
    await screenshot(staff, 'staff-services-add')
    await add.getByRole('button', { name: 'Thêm dịch vụ' }).click()
    await add.waitFor({ state: 'detached' })
    await table.getByRole('row', { name: new RegExp(BLOOD_COUNT) }).waitFor()
    expect(await staff.getByRole('button', { name: 'Thêm dịch vụ' }).isDisabled()).toBe(true)

    // sorting by price: dearest first, then cheapest first; the filter narrows the rows
    const byPrice = table.getByRole('button', { name: 'Giá' })
    await byPrice.click()
    expect(await table.getByRole('columnheader', { name: 'Giá' }).getAttribute('aria-sort')).toBe('descending')
    await byPrice.click()
    await expect.poll(() => table.locator('tbody tr').first().textContent()).toContain(BLOOD_COUNT)
    expect(await table.getByRole('columnheader', { name: 'Giá' }).getAttribute('aria-sort')).toBe('ascending')
    await staff.getByLabel('Tìm dịch vụ').fill('siêu âm')
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1)
    await staff.getByLabel('Tìm dịch vụ').fill('')
    await screenshot(staff, 'staff-services-desktop')

    // a patient opens the hospital from the home page and reads the prices
    const patient = await world.newPage(PHONE)
    await logInToPatientApp(patient, PATIENT.email)
    await patient.getByRole('link', { name: HOSPITAL, exact: true }).click()
    await heading(patient, HOSPITAL).waitFor()
    const prices = patient.getByRole('region', { name: 'Dịch vụ và bảng giá' })
    const row = (name: string) => prices.getByTestId('hospital-service').filter({ hasText: name })
    await row(ULTRASOUND).waitFor()
    expect(await row(ULTRASOUND).textContent()).toMatch(/320\.000\s₫/)
    expect(await row(ULTRASOUND).textContent()).toContain('Bác sĩ đọc kết quả ngay')
    expect(await row(BLOOD_COUNT).textContent()).toMatch(/95\.000\s₫/)
    expect(await seriousAxeViolations(patient)).toEqual([])
    expect(await horizontalOverflow(patient)).toBeLessThanOrEqual(0)
    await screenshot(patient, 'patient-hospital-prices-phone')

    // a paused service leaves the patients' price list
    await table.getByRole('switch', { name: `Nhận bệnh nhân cho ${ULTRASOUND}` }).click()
    await staff.getByText(`“${ULTRASOUND}” đã tạm ngừng.`, { exact: true }).waitFor()
    await patient.reload()
    await row(BLOOD_COUNT).waitFor()
    expect(await row(ULTRASOUND).count()).toBe(0)
  })

  it('edits the hospital profile section by section; the public hospital page shows it', async () => {
    const staff = await world.newPage(DESKTOP)
    await logInToPortal(staff, STAFF.email)
    await staff
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Hồ sơ cơ sở', exact: true })
      .click()
    await heading(staff, 'Hồ sơ cơ sở').waitFor()
    expect(await seriousAxeViolations(staff)).toEqual([])

    // opening hours: Saturday mornings, refused while closing comes before opening
    const hours = staff.getByRole('region', { name: 'Giờ làm việc' })
    const saturday = hours.getByTestId('hours-saturday')
    await saturday.getByRole('checkbox').check()
    await saturday.getByLabel('Giờ mở cửa Thứ Bảy').fill('08:00')
    await saturday.getByLabel('Giờ đóng cửa Thứ Bảy').fill('07:30')
    await hours.getByRole('button', { name: 'Lưu' }).click()
    await saturday.getByText('Giờ đóng cửa phải sau giờ mở cửa.').waitFor()
    await saturday.getByLabel('Giờ đóng cửa Thứ Bảy').fill('12:00')
    await hours.getByRole('button', { name: 'Lưu' }).click()
    await staff.getByText('Đã lưu thay đổi.').first().waitFor()
    await expect.poll(() => hours.getByRole('button', { name: 'Lưu' }).isDisabled()).toBe(true)

    // facilities as a list of tags
    const facilities = staff.getByRole('region', { name: 'Tiện ích' })
    await facilities.getByLabel('Thêm tiện ích').fill('Bãi đỗ xe ô tô')
    await facilities.getByLabel('Thêm tiện ích').press('Enter')
    await facilities.getByLabel('Thêm tiện ích').fill('Nhà thuốc')
    await facilities.getByRole('button', { name: 'Thêm', exact: true }).click()
    await facilities.getByRole('button', { name: 'Xóa “Nhà thuốc”' }).waitFor()
    await facilities.getByRole('button', { name: 'Lưu' }).click()
    await expect.poll(() => facilities.getByRole('button', { name: 'Lưu' }).isDisabled()).toBe(true)

    // contact: a website must be a full address
    const contact = staff.getByRole('region', { name: 'Liên hệ' })
    await contact.getByLabel('Trang web').fill('thanhtam')
    await contact.getByRole('button', { name: 'Lưu' }).click()
    await contact.getByText('Nhập địa chỉ đầy đủ, ví dụ https://benhvien.vn').waitFor()
    await contact.getByLabel('Trang web').fill('https://thanhtam.example.vn')
    await contact.getByLabel('Số điện thoại').fill('024 3869 1234')
    await contact.getByRole('button', { name: 'Lưu' }).click()
    await expect.poll(() => contact.getByRole('button', { name: 'Lưu' }).isDisabled()).toBe(true)

    // a photo: a wrong type is refused in the browser; a PNG is previewed, then uploaded
    const photos = staff.getByRole('region', { name: 'Hình ảnh' })
    const input = staff.getByTestId('hospital-image-input')
    await input.setInputFiles({ name: 'bang-gia.txt', mimeType: 'text/plain', buffer: Buffer.from('not an image') })
    await photos.getByText('Chỉ nhận ảnh JPEG, PNG hoặc WebP.').waitFor()
    await input.setInputFiles({ name: 'sanh-cho.png', mimeType: 'image/png', buffer: PNG })
    await photos.getByRole('img', { name: 'Xem trước ảnh sắp tải lên' }).waitFor()
    await photos.getByRole('button', { name: 'Tải ảnh lên' }).click()
    await photos.getByRole('img', { name: `Ảnh 1 của ${HOSPITAL}` }).waitFor()
    await photos.getByText('Ảnh bìa', { exact: true }).waitFor()
    // a second photo, moved first to become the cover, then the old cover removed
    await input.setInputFiles({ name: 'mat-tien.png', mimeType: 'image/png', buffer: PNG })
    await photos.getByRole('button', { name: 'Tải ảnh lên' }).click()
    const order = photos.getByRole('list', { name: 'Ảnh của cơ sở, theo thứ tự hiển thị' }).getByRole('img')
    await expect.poll(() => order.count()).toBe(2)
    const [first, second] = await order.evaluateAll((images) => images.map((image) => image.getAttribute('src')))
    await photos.getByRole('button', { name: 'Đưa Ảnh 2/2 lên trước' }).click()
    await expect.poll(() => order.first().getAttribute('src')).toBe(second)
    await photos.getByRole('button', { name: 'Xóa Ảnh 2/2' }).click()
    const removal = staff.getByRole('alertdialog', { name: 'Xóa ảnh này?' })
    await removal.getByRole('button', { name: 'Xóa ảnh' }).click()
    await removal.waitFor({ state: 'detached' })
    await expect.poll(() => order.count()).toBe(1)
    expect(await order.first().getAttribute('src')).toBe(second)
    expect(first).not.toBe(second)

    // unsaved changes: leaving asks first
    const general = staff.getByRole('region', { name: 'Thông tin chung' })
    await general.getByLabel('Tên cơ sở').fill(`${HOSPITAL} cơ sở 2`)
    await general.getByText('Có thay đổi chưa lưu').waitFor()
    await staff
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Bác sĩ', exact: true })
      .click()
    const leave = staff.getByRole('alertdialog', { name: 'Rời trang khi chưa lưu?' })
    await leave.waitFor()
    expect(await seriousAxeViolations(staff)).toEqual([])
    await leave.getByRole('button', { name: 'Ở lại trang' }).click()
    expect(new URL(staff.url()).pathname).toBe('/portal/hospital')
    await general.getByRole('button', { name: 'Hoàn tác' }).click()
    expect(await general.getByLabel('Tên cơ sở').inputValue()).toBe(HOSPITAL)
    await screenshot(staff, 'staff-hospital-profile-desktop')

    // what patients see
    const visitor = await world.newPage(DESKTOP)
    await visitor.goto(`/hospitals/${hospitalId}`)
    await heading(visitor, HOSPITAL).waitFor()
    const week = visitor.getByRole('region', { name: 'Giờ làm việc' })
    expect(await week.getByRole('row', { name: /Thứ Bảy/ }).textContent()).toContain('08:00–12:00')
    expect(await week.getByRole('row', { name: /Chủ Nhật/ }).textContent()).toContain('Nghỉ')
    const facilityList = visitor.getByRole('region', { name: 'Tiện ích' })
    await facilityList.getByText('Bãi đỗ xe ô tô').waitFor()
    await facilityList.getByText('Nhà thuốc').waitFor()
    await visitor.getByRole('link', { name: /thanhtam\.example\.vn/ }).waitFor()
    await visitor.getByRole('link', { name: '024 3869 1234' }).waitFor()
    expect(await visitor.locator('img[src^="/uploads/"]').count()).toBe(1)
    expect(await seriousAxeViolations(visitor)).toEqual([])
    await screenshot(visitor, 'patient-hospital-page-desktop')
  })
})
