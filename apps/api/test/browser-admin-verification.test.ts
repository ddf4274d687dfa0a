// Administrators verify applicants through the real browser: a pending doctor uploads a licence,
// an administrator opens it in the verification queue and approves the doctor, whom patients
// then find in search; and an administrator rejects a hospital with a reason that reaches its
// staff by email. Build the apps first:
//   npm run build -w @medbook/patient -w @medbook/portal
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type AccountsWorld,
  createAdmin,
  createHospitalStaff,
  createPendingDoctor,
  createPendingHospital,
  DESKTOP,
  heading,
  horizontalOverflow,
  logInToPortal,
  PHONE,
  screenshot,
  seriousAxeViolations,
  startAccountsWorld,
} from './browser-accounts-harness.js'

const ADMIN = { email: 'kiemduyet@medbook.vn', lastName: 'Vũ', firstName: 'Hải Yến' }
const STAFF = { email: 'tiepnhan@tamduc.vn', lastName: 'Hồ', firstName: 'Quang Minh' }
const DOCTOR = {
  email: 'bs.ngocanh@tamduc.vn',
  lastName: 'Phan',
  firstName: 'Ngọc Ánh',
  licenseNumber: 'HCM-BS-7788',
  consultationFee: 320_000,
}
const DOCTOR_NAME = 'Phan Ngọc Ánh'
const APPLICANT = { email: 'giamdoc@phongkhamhoaan.vn', lastName: 'Lâm', firstName: 'Thanh Hòa' }
const CLINIC = {
  name: 'Phòng khám Đa khoa Hòa An',
  registrationNumber: 'HCM-PK-5521',
  street: '45 Nguyễn Thị Minh Khai, Quận 3',
  city: 'TP. Hồ Chí Minh',
}
const REASON = 'Giấy phép hoạt động đã hết hạn, vui lòng gửi bản mới'
const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n', 'latin1')

describe('verification by administrators, in the browser', () => {
  let world: AccountsWorld

  beforeAll(async () => {
    world = await startAccountsWorld()
    await createAdmin(world.db, ADMIN)
    const staff = await createHospitalStaff(world.db, STAFF, 'Bệnh viện Tâm Đức')
    if (!staff.hospital) throw new Error('the staff account has no hospital')
    await createPendingDoctor(world.db, staff.hospital.id, DOCTOR)
    await createPendingHospital(world.db, APPLICANT, CLINIC)
  })

  afterAll(async () => {
    await world?.close()
  })

  it('approves a pending doctor from the queue, and patients then find the doctor in search', async () => {
    // the doctor, waiting, uploads a licence (a wrong file type is refused before it is sent)
    const doctor = await world.newPage(DESKTOP)
    await logInToPortal(doctor, DOCTOR.email)
    await doctor
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Giấy tờ xác minh' })
      .click()
    await heading(doctor, 'Giấy tờ xác minh').waitFor()
    await doctor.getByText('Trạng thái xác minh: Đang chờ duyệt').waitFor()
    const file = doctor.locator('input[type="file"]')
    await file.setInputFiles({ name: 'ghi-chu.txt', mimeType: 'text/plain', buffer: Buffer.from('ghi chú') })
    await doctor.getByText('Chỉ nhận tệp PDF, JPEG hoặc PNG.').waitFor()
    await file.setInputFiles({ name: 'chung-chi-hanh-nghe.pdf', mimeType: 'application/pdf', buffer: PDF })
    await doctor.getByRole('link', { name: /^chung-chi-hanh-nghe\.pdf/ }).waitFor()
    await doctor.getByRole('button', { name: 'Xóa chung-chi-hanh-nghe.pdf' }).waitFor()
    expect(await seriousAxeViolations(doctor)).toEqual([])
    await screenshot(doctor, 'admin-verification-documents-doctor')

    // before approval, patients do not find the doctor
    const patient = await world.newPage(DESKTOP)
    await patient.goto(`/doctors?q=${encodeURIComponent('phan ngoc anh')}`)
    await patient.getByText('Không tìm thấy bác sĩ phù hợp').filter({ visible: true }).first().waitFor()

    const admin = await world.newPage(DESKTOP)
    await logInToPortal(admin, ADMIN.email)
    await admin.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Duyệt hồ sơ' }).click()
    await heading(admin, 'Duyệt hồ sơ').waitFor()
    await admin.getByRole('tab', { name: 'Bác sĩ (1)' }).click()
    const table = admin.getByRole('table', { name: 'Bác sĩ chờ duyệt' })
    const open = table.getByRole('button', { name: `Xem hồ sơ ${DOCTOR_NAME}` })
    await open.click()
    const detail = admin.getByRole('region', { name: DOCTOR_NAME })
    await detail.getByText(DOCTOR.licenseNumber).waitFor()
    await detail.getByText('Bệnh viện Tâm Đức').waitFor()
    const licence = detail.getByRole('link', { name: /^chung-chi-hanh-nghe\.pdf/ })
    const href = await licence.getAttribute('href')
    expect(href).toMatch(/^\/files\/verification\/[0-9a-f-]{36}$/)
    expect(await licence.getAttribute('target')).toBe('_blank')
    // the file opens for the administrator (and the owner), with the bytes that were uploaded
    const download = await admin.request.get(href ?? '')
    expect(download.status()).toBe(200)
    expect(Buffer.from(await download.body()).equals(PDF)).toBe(true)
    expect(await seriousAxeViolations(admin)).toEqual([])
    await screenshot(admin, 'admin-verification-doctor')

    await detail.getByRole('button', { name: 'Duyệt', exact: true }).click()
    const dialog = admin.getByRole('alertdialog', { name: `Duyệt bác sĩ ${DOCTOR_NAME}?` })
    await dialog.getByRole('button', { name: 'Duyệt', exact: true }).click()
    await dialog.waitFor({ state: 'detached' })
    await open.waitFor({ state: 'detached' })
    await table.getByText('Không còn hồ sơ nào chờ duyệt.').waitFor()
    await admin.getByRole('tab', { name: 'Bác sĩ (0)' }).waitFor()
    const stored = await world.db.prisma.doctor.findUniqueOrThrow({ where: { licenseNumber: DOCTOR.licenseNumber } })
    expect(stored).toMatchObject({ status: 'approved', verifiedDocuments: true })
    expect(await world.db.prisma.activityLog.count({ where: { action: 'approve_doctor' } })).toBe(1)

    // patients now find the approved doctor
    await patient.reload()
    const card = patient.getByRole('article', { name: DOCTOR_NAME })
    await card.waitFor()
    expect(await card.textContent()).toContain('Bệnh viện Tâm Đức')

    // and the doctor sees the decision; documents are kept and can no longer be deleted
    await doctor.reload()
    await doctor.getByText('Trạng thái xác minh: Đã được duyệt').waitFor()
    expect(await doctor.getByRole('button', { name: 'Xóa chung-chi-hanh-nghe.pdf' }).count()).toBe(0)
  })

  it('rejects a hospital with a reason, which reaches its staff by email', async () => {
    const admin = await world.newPage(DESKTOP)
    await logInToPortal(admin, ADMIN.email)
    await admin.goto('/portal/verification')
    await heading(admin, 'Duyệt hồ sơ').waitFor()
    const table = admin.getByRole('table', { name: 'Cơ sở y tế chờ xác minh' })
    await table.getByRole('button', { name: `Xem hồ sơ ${CLINIC.name}` }).click()
    const detail = admin.getByRole('region', { name: CLINIC.name })
    await detail.getByText(CLINIC.registrationNumber).waitFor()
    await detail.getByText(`${APPLICANT.lastName} ${APPLICANT.firstName}`).waitFor()
    await detail.getByText(APPLICANT.email).waitFor()
    await detail.getByText('Người nộp chưa tải lên giấy tờ nào.').waitFor()

    await detail.getByRole('button', { name: 'Từ chối', exact: true }).click()
    const dialog = admin.getByRole('alertdialog', { name: `Từ chối ${CLINIC.name}?` })
    // a reason is required: it is what the applicant reads
    await dialog.getByRole('button', { name: 'Từ chối', exact: true }).click()
    await dialog.getByText('Lý do cần ít nhất 3 ký tự.').waitFor()
    await dialog.getByLabel('Lý do').fill(REASON)
    expect(await seriousAxeViolations(admin)).toEqual([])
    await screenshot(admin, 'admin-verification-reject-dialog')
    await dialog.getByRole('button', { name: 'Từ chối', exact: true }).click()
    await dialog.waitFor({ state: 'detached' })
    await detail.getByText('Đã từ chối').waitFor()

    const mail = await world.mail.lastMailTo(APPLICANT.email)
    expect(mail.subject).toContain('chưa được duyệt')
    expect(mail.text).toContain(REASON)
    const hospital = await world.db.prisma.hospital.findUniqueOrThrow({
      where: { registrationNumber: CLINIC.registrationNumber },
    })
    expect(hospital).toMatchObject({ status: 'inactive', verified: false })
    const log = await world.db.prisma.activityLog.findFirstOrThrow({ where: { action: 'reject_hospital' } })
    expect(log.details).toMatchObject({ hospitalId: hospital.id, reason: REASON })

    // rejected applications leave the pending list and stay findable by their status
    await table.getByText('Không còn hồ sơ nào chờ duyệt.').waitFor()
    await admin.getByRole('combobox', { name: 'Trạng thái' }).click()
    await admin.getByRole('option', { name: 'Đã từ chối (1)' }).click()
    await table.getByRole('button', { name: `Xem hồ sơ ${CLINIC.name}` }).waitFor()
    await screenshot(admin, 'admin-verification-rejected')

    // a phone shows the list, then the application under it
    await admin.setViewportSize(PHONE)
    await detail.waitFor()
    expect(await horizontalOverflow(admin)).toBeLessThanOrEqual(0)
    await screenshot(admin, 'admin-verification-phone')
  })
})
