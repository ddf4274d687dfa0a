// The administrators' other back-office screens through the real browser: the catalogue of
// specialties and services (sortable, filterable tables; create and edit dialogs), an explicit
// role change with a reason, the activity log exported as CSV with the filters on screen, and
// promotion codes (create, list, disable).
// Build the apps first:
//   npm run build -w @medbook/patient -w @medbook/portal
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type AccountsWorld,
  createAdmin,
  createPatient,
  DESKTOP,
  heading,
  horizontalOverflow,
  logInToPortal,
  PHONE,
  screenshot,
  seriousAxeViolations,
  startAccountsWorld,
} from './browser-accounts-harness.js'

const ADMIN = { email: 'danhmuc@medbook.vn', lastName: 'Trịnh', firstName: 'Gia Bảo' }
const PATIENT = { email: 'ha.do@example.vn', lastName: 'Đỗ', firstName: 'Thu Hà' }
const PATIENT_NAME = 'Đỗ Thu Hà'
const ROLE_REASON = 'Chuyển sang nhóm vận hành của MedBook'

describe('catalogue, roles and the activity log, in the browser', () => {
  let world: AccountsWorld

  beforeAll(async () => {
    world = await startAccountsWorld()
    await createAdmin(world.db, ADMIN)
    await createPatient(world.db, PATIENT)
    await world.db.prisma.specialty.create({
      data: { name: 'Tim mạch', nameEn: 'Cardiology', slug: 'cardiology', description: 'Bệnh tim và mạch máu' },
    })
    await world.db.prisma.service.create({
      data: { name: 'Khám tổng quát', category: 'consultation', basePrice: 200_000 },
    })
  })

  afterAll(async () => {
    await world?.close()
  })

  it('adds and edits specialties and services in the catalogue', async () => {
    const admin = await world.newPage(DESKTOP)
    await logInToPortal(admin, ADMIN.email)
    await admin.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Danh mục' }).click()
    await heading(admin, 'Danh mục').waitFor()
    const specialties = admin.getByRole('table', { name: 'Danh mục chuyên khoa' })
    await specialties.getByRole('row', { name: /Tim mạch/ }).waitFor()

    await admin.getByRole('button', { name: 'Thêm chuyên khoa' }).click()
    const dialog = admin.getByRole('dialog', { name: 'Thêm chuyên khoa' })
    // the shared schema's rules, before anything is sent
    await dialog.getByRole('button', { name: 'Lưu chuyên khoa' }).click()
    await dialog.getByText('Nội dung quá ngắn.').first().waitFor()
    await dialog.getByLabel('Tên tiếng Việt').fill('Tim mạch')
    await dialog.getByLabel('Tên tiếng Anh').fill('Heart')
    await dialog.getByRole('button', { name: 'Lưu chuyên khoa' }).click()
    await dialog.getByText('Đã có chuyên khoa mang tên này.').waitFor()
    await dialog.getByLabel('Tên tiếng Việt').fill('Da liễu')
    await dialog.getByLabel('Tên tiếng Anh').fill('Dermatology')
    await dialog.getByLabel('Mô tả').fill('Bệnh về da, tóc và móng')
    await dialog.getByLabel('Biểu tượng').fill('/images/specialties/dermatology.svg')
    expect(await seriousAxeViolations(admin)).toEqual([])
    await screenshot(admin, 'admin-catalogue-specialty-dialog')
    await dialog.getByRole('button', { name: 'Lưu chuyên khoa' }).click()
    await dialog.waitFor({ state: 'detached' })
    await specialties.getByRole('row', { name: /Da liễu/ }).waitFor()
    expect(await world.db.prisma.specialty.findUnique({ where: { name: 'Da liễu' } })).toMatchObject({
      nameEn: 'Dermatology',
      slug: 'dermatology',
      icon: '/images/specialties/dermatology.svg',
    })

    // sortable headers, and a filter that ignores accents
    const nameHeader = specialties.getByRole('columnheader', { name: 'Tên tiếng Việt' })
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending')
    await nameHeader.getByRole('button').click()
    expect(await nameHeader.getAttribute('aria-sort')).toBe('descending')
    expect(await specialties.getByRole('row').nth(1).textContent()).toContain('Tim mạch')
    await admin.getByLabel('Lọc').fill('da lieu')
    await expect.poll(() => specialties.getByRole('row').count()).toBe(2)

    await admin.getByRole('tab', { name: 'Dịch vụ' }).click()
    const services = admin.getByRole('table', { name: 'Danh mục dịch vụ' })
    await services.getByRole('row', { name: /Khám tổng quát/ }).waitFor()
    await admin.getByRole('button', { name: 'Thêm dịch vụ' }).click()
    const add = admin.getByRole('dialog', { name: 'Thêm dịch vụ' })
    await add.getByLabel('Tên dịch vụ').fill('Siêu âm tim')
    await add.getByRole('combobox', { name: 'Nhóm dịch vụ' }).click()
    await admin.getByRole('option', { name: 'Chẩn đoán hình ảnh' }).click()
    await add.getByLabel('Giá tham khảo (VND)').fill('450000')
    await add.getByText('Số nguyên, tính bằng đồng: 450.000').waitFor()
    await add.getByRole('button', { name: 'Lưu dịch vụ' }).click()
    await add.waitFor({ state: 'detached' })
    const row = services.getByRole('row', { name: /Siêu âm tim/ })
    await row.getByText('Chẩn đoán hình ảnh').waitFor()
    expect(await row.textContent()).toMatch(/450\.000\s₫/)

    await row.getByRole('button', { name: 'Sửa Siêu âm tim' }).click()
    const edit = admin.getByRole('dialog', { name: 'Sửa dịch vụ' })
    await edit.getByLabel('Giá tham khảo (VND)').fill('500000')
    await edit.getByRole('button', { name: 'Lưu dịch vụ' }).click()
    await edit.waitFor({ state: 'detached' })
    await expect.poll(async () => row.textContent()).toMatch(/500\.000\s₫/)
    expect(await world.db.prisma.service.findUnique({ where: { name: 'Siêu âm tim' } })).toMatchObject({
      category: 'imaging',
      basePrice: 500_000,
    })
    expect(new URL(admin.url()).searchParams.get('tab')).toBe('services')
    expect(await seriousAxeViolations(admin)).toEqual([])
    await screenshot(admin, 'admin-catalogue-services')

    await admin.setViewportSize(PHONE)
    expect(await horizontalOverflow(admin)).toBeLessThanOrEqual(0)
    await screenshot(admin, 'admin-catalogue-phone')
  })

  it('changes a role only through the explicit dialog with a reason, and exports the log as CSV', async () => {
    const admin = await world.newPage(DESKTOP)
    await logInToPortal(admin, ADMIN.email)
    await admin.goto('/portal/users')
    await heading(admin, 'Người dùng').waitFor()
    const users = admin.getByRole('table', { name: 'Danh sách người dùng' })
    const row = users.getByRole('row', { name: new RegExp(PATIENT_NAME) })
    await row.getByRole('button', { name: `Thao tác với ${PATIENT_NAME}` }).click()
    await admin.getByRole('menuitem', { name: 'Đổi vai trò' }).click()
    const dialog = admin.getByRole('alertdialog', { name: `Đổi vai trò của ${PATIENT_NAME}` })
    await dialog.getByText('Mọi phiên đăng nhập của tài khoản này kết thúc ngay').waitFor()
    await dialog.getByRole('button', { name: 'Đổi vai trò' }).click()
    await dialog.getByText('Chọn vai trò').last().waitFor()
    await dialog.getByText('Lý do cần ít nhất 3 ký tự.').waitFor()
    await dialog.getByRole('combobox', { name: 'Vai trò mới' }).click()
    await admin.getByRole('option', { name: 'Quản trị viên' }).click()
    await dialog.getByLabel('Lý do').fill(ROLE_REASON)
    expect(await seriousAxeViolations(admin)).toEqual([])
    await screenshot(admin, 'admin-users-role-dialog')
    await dialog.getByRole('button', { name: 'Đổi vai trò' }).click()
    await dialog.waitFor({ state: 'detached' })
    await row.getByText('Quản trị viên').waitFor()
    const changed = await world.db.prisma.user.findUniqueOrThrow({ where: { email: PATIENT.email } })
    expect(changed.role).toBe('admin')
    const mail = await world.mail.lastMailTo(PATIENT.email)
    expect(mail.text).toContain(ROLE_REASON)

    // the log, filtered to role changes, and its CSV export with the same filter
    await admin
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Nhật ký hoạt động' })
      .click()
    await heading(admin, 'Nhật ký hoạt động').waitFor()
    await admin.getByRole('combobox', { name: 'Hành động' }).click()
    await admin.getByRole('option', { name: 'Đổi vai trò' }).click()
    await expect.poll(() => new URL(admin.url()).searchParams.get('action')).toBe('role_change')
    const log = admin.getByRole('table', { name: 'Nhật ký hoạt động' })
    await log.getByText(ROLE_REASON).waitFor()
    const exportLink = admin.getByRole('link', { name: 'Xuất CSV' })
    // the router renders a changed address in a transition, so the link follows a moment later
    const exportHref = async () => new URL((await exportLink.getAttribute('href')) ?? '', world.server.url)
    await expect.poll(async () => (await exportHref()).searchParams.get('action')).toBe('role_change')
    const href = await exportHref()
    expect(href.pathname).toBe('/admin/activity-logs.csv')
    const [download] = await Promise.all([admin.waitForEvent('download'), exportLink.click()])
    expect(download.suggestedFilename()).toMatch(/\.csv$/)
    const csv = (await admin.request.get(href.toString()).then((response) => response.text())).replace(/^\uFEFF/, '')
    const lines = csv.trim().split('\r\n')
    expect(lines).toHaveLength(2)
    expect(lines[1]).toContain('role_change')
    expect(lines[1]).toContain(ROLE_REASON)
    expect(await seriousAxeViolations(admin)).toEqual([])
    await screenshot(admin, 'admin-activity-filtered')
  })

  it('creates a promotion code with its rules checked in place, finds it by the address bar, and disables it', async () => {
    const admin = await world.newPage(DESKTOP)
    await logInToPortal(admin, ADMIN.email)
    await admin.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Khuyến mãi' }).click()
    await heading(admin, 'Khuyến mãi').waitFor()
    await admin.getByRole('button', { name: 'Tạo mã khuyến mãi' }).click()
    const dialog = admin.getByRole('dialog', { name: 'Tạo mã khuyến mãi' })
    await dialog.getByLabel('Mã', { exact: true }).fill('x')
    await dialog.getByLabel('Phần trăm giảm').fill('120')
    await dialog.getByRole('switch', { name: 'Áp dụng cho mọi dịch vụ và phí khám' }).uncheck()
    // the shared contract's rules, before anything is sent
    await dialog.getByRole('button', { name: 'Lưu mã' }).click()
    await dialog.getByText('Mã cần ít nhất 3 ký tự.').waitFor()
    await dialog.getByText('Phần trăm giảm tối đa là 100.').waitFor()
    await dialog.getByText('Chọn ít nhất một dịch vụ.').waitFor()
    await dialog.getByLabel('Mã', { exact: true }).fill('thang12')
    await dialog.getByLabel('Phần trăm giảm').fill('15')
    await dialog.getByLabel('Giảm tối đa (₫)').fill('100000')
    await dialog.getByLabel('Tổng số lượt dùng').fill('10')
    await dialog.getByRole('checkbox', { name: /Khám tổng quát/ }).check()
    expect(await seriousAxeViolations(admin)).toEqual([])
    await screenshot(admin, 'admin-promotion-dialog')
    await dialog.getByRole('button', { name: 'Lưu mã' }).click()
    await dialog.waitFor({ state: 'detached' })

    const table = admin.getByRole('table', { name: 'Mã khuyến mãi' })
    const row = table.getByRole('row', { name: /THANG12/ })
    await row.getByText('Đang áp dụng').waitFor()
    expect(await row.textContent()).toMatch(/Giảm 15%, tối đa 100\.000\s₫.*0 \/ 10/)
    await admin.getByLabel('Tìm theo mã').fill('thang')
    await expect.poll(() => new URL(admin.url()).searchParams.get('code')).toBe('thang')
    await expect.poll(() => table.getByRole('row').count()).toBe(2)

    await row.getByRole('button', { name: 'Thao tác với mã THANG12' }).click()
    await admin.getByRole('menuitem', { name: 'Tắt mã' }).click()
    const confirm = admin.getByRole('alertdialog', { name: 'Tắt mã THANG12?' })
    await confirm.getByRole('button', { name: 'Tắt mã' }).click()
    await confirm.waitFor({ state: 'detached' })
    await row.getByText('Đã tắt').waitFor()
    const stored = await world.db.prisma.promotion.findUniqueOrThrow({
      where: { code: 'THANG12' },
      include: { applicableServices: { include: { service: true } } },
    })
    expect(stored).toMatchObject({ status: 'disabled', discountValue: 15, maximumDiscount: 100_000, usageLimit: 10 })
    expect(stored.applicableServices.map((entry) => entry.service.name)).toEqual(['Khám tổng quát'])
    expect(await seriousAxeViolations(admin)).toEqual([])
    await screenshot(admin, 'admin-promotions')
  })

  it('shows the public catalogue pages in the shared table', async () => {
    const visitor = await world.newPage(DESKTOP)
    await visitor.goto('/portal/specialties')
    const table = visitor.getByRole('table', { name: 'Danh mục chuyên khoa' })
    await table.getByRole('row', { name: /Tim mạch/ }).waitFor()
    const doctors = table.getByRole('columnheader', { name: 'Bác sĩ' })
    expect(await doctors.getAttribute('aria-sort')).toBe('none')
    await doctors.getByRole('button').click()
    expect(await doctors.getAttribute('aria-sort')).toBe('descending')
    expect(await seriousAxeViolations(visitor)).toEqual([])
    await visitor.goto('/portal/hospitals')
    await heading(visitor, 'Cơ sở y tế').waitFor()
    expect(await seriousAxeViolations(visitor)).toEqual([])
  })
})
