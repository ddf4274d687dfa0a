// Hospital staff run their doctors through the real browser: they find a doctor in the roster, edit
// the professional profile and fee, and deactivate the doctor. Moving the future appointment to a
// colleague who is busy at that time is refused; cancelling it is what they choose, and the patient
// sees it cancelled in "My appointments". The doctor is then reactivated.
// Build the apps first: npm run build -w @medbook/patient -w @medbook/portal
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type AccountsWorld,
  createAppointment,
  createApprovedDoctor,
  createHospitalStaff,
  createPatient,
  DESKTOP,
  heading,
  logInToPatientApp,
  logInToPortal,
  PHONE,
  screenshot,
  seriousAxeViolations,
  startAccountsWorld,
} from './browser-accounts-harness.js'

const HOSPITAL = 'Phòng khám Đa khoa Bình Minh'
const STAFF = { email: 'quanly@binhminh.vn', lastName: 'Phan', firstName: 'Thanh Tùng' }
const BINH = {
  email: 'bs.binh@binhminh.vn',
  lastName: 'Trần',
  firstName: 'Văn Bình',
  licenseNumber: 'HN-BS-2019-0311',
  consultationFee: 300_000,
}
const HA = {
  email: 'bs.ha@binhminh.vn',
  lastName: 'Lê',
  firstName: 'Thu Hà',
  licenseNumber: 'HN-BS-2015-0122',
  consultationFee: 350_000,
}
const PATIENT = { email: 'lan.vu@example.vn', lastName: 'Vũ', firstName: 'Ngọc Lan' }
const OTHER_PATIENT = { email: 'son.hoang@example.vn', lastName: 'Hoàng', firstName: 'Văn Sơn' }
const REASON = 'Bác sĩ đi công tác dài hạn'

/** A Vietnamese calendar day `offset` days from today, as YYYY-MM-DD. */
function vietnamDay(offset: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(new Date())
  const [y = 0, m = 1, d = 1] = today.split('-').map(Number)
  return new Date(Date.UTC(y, m - 1, d + offset)).toISOString().slice(0, 10)
}

async function openRowMenu(page: Page, name: string) {
  await page.getByRole('button', { name: `Thao tác với ${name}` }).click()
  return page.getByRole('menu')
}

async function choose(page: Page, combobox: Locator, option: string) {
  await combobox.click()
  await page.getByRole('option', { name: option, exact: true }).click()
}

describe('hospital staff in the browser: the doctors roster', () => {
  let world: AccountsWorld
  let appointmentId: string

  beforeAll(async () => {
    world = await startAccountsWorld()
    const staff = await createHospitalStaff(world.db, STAFF, HOSPITAL)
    const hospitalId = staff.hospital?.id ?? ''
    const cardiology = await world.db.prisma.specialty.create({
      data: { name: 'Tim mạch', nameEn: 'Cardiology', slug: 'cardiology' },
    })
    const binh = await createApprovedDoctor(world.db, hospitalId, BINH)
    await world.db.prisma.doctorSpecialty.create({ data: { doctorId: binh.id, specialtyId: cardiology.id } })
    const ha = await createApprovedDoctor(world.db, hospitalId, HA)
    const patient = await createPatient(world.db, PATIENT)
    const otherPatient = await createPatient(world.db, OTHER_PATIENT)
    // both doctors see a patient at 09:00 the day after tomorrow
    const startsAt = new Date(`${vietnamDay(2)}T09:00:00+07:00`)
    const visit = await createAppointment(world.db, {
      patientUserId: patient.id,
      doctorId: binh.id,
      hospitalId,
      startsAt,
    })
    appointmentId = visit.id
    await createAppointment(world.db, { patientUserId: otherPatient.id, doctorId: ha.id, hospitalId, startsAt })
  })

  afterAll(async () => {
    await world?.close()
  })

  it('edits a doctor, refuses a clashing reassignment, cancels on deactivation; the patient sees it', async () => {
    const staff = await world.newPage(DESKTOP)
    await logInToPortal(staff, STAFF.email)
    await staff
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Bác sĩ', exact: true })
      .click()
    await heading(staff, 'Bác sĩ').waitFor()
    const table = staff.getByRole('table', { name: 'Bác sĩ của cơ sở' })
    const binhRow = table.getByRole('row', { name: /Trần Văn Bình/ })
    await binhRow.waitFor()
    await table.getByRole('row', { name: /Lê Thu Hà/ }).waitFor()
    expect(await binhRow.textContent()).toContain('Tim mạch')
    expect(await binhRow.textContent()).toContain('Đã duyệt')
    expect(await seriousAxeViolations(staff)).toEqual([])

    // the text filter
    await staff.getByLabel('Tìm bác sĩ').fill('tim mạch')
    await expect.poll(() => table.locator('tbody tr').count()).toBe(1)
    await staff.getByLabel('Tìm bác sĩ').fill('')
    await expect.poll(() => table.locator('tbody tr').count()).toBe(2)

    // the professional profile: fee, a language, a qualification
    let menu = await openRowMenu(staff, 'Trần Văn Bình')
    await menu.getByRole('menuitem', { name: 'Sửa hồ sơ chuyên môn' }).click()
    const edit = staff.getByRole('dialog', { name: 'Hồ sơ chuyên môn của Trần Văn Bình' })
    await edit.getByLabel('Phí khám (đồng)').fill('450000')
    await edit.getByRole('checkbox', { name: /Pháp/ }).check()
    await edit.getByRole('button', { name: 'Thêm bằng cấp' }).click()
    const qualification = edit.getByRole('group', { name: 'Bằng cấp thứ 1' })
    await qualification.getByLabel('Bằng cấp', { exact: true }).fill('Bác sĩ chuyên khoa II Tim mạch')
    await qualification.getByLabel('Nơi cấp').fill('Đại học Y Hà Nội')
    await qualification.getByLabel('Năm', { exact: true }).fill('2016')
    expect(await seriousAxeViolations(staff)).toEqual([])
    await edit.getByRole('button', { name: 'Lưu hồ sơ' }).click()
    await edit.waitFor({ state: 'detached' })
    await expect.poll(() => binhRow.textContent()).toContain('450.000')
    const saved = await world.db.prisma.doctor.findFirstOrThrow({ where: { licenseNumber: BINH.licenseNumber } })
    expect(saved.languages).toEqual(['vi', 'en', 'fr'])
    expect(saved.qualifications).toEqual([
      { degree: 'Bác sĩ chuyên khoa II Tim mạch', institution: 'Đại học Y Hà Nội', year: 2016 },
    ])

    // deactivation: the preview lists the coming appointment
    menu = await openRowMenu(staff, 'Trần Văn Bình')
    await menu.getByRole('menuitem', { name: 'Ngừng hoạt động' }).click()
    const dialog = staff.getByRole('dialog', { name: 'Ngừng hoạt động Trần Văn Bình?' })
    const appointments = dialog.getByTestId('deactivation-appointments')
    await appointments.getByText('Vũ Ngọc Lan').waitFor()
    expect(await appointments.textContent()).toContain('09:00')

    // moving it to a colleague who is busy then is refused
    await dialog.getByRole('radio', { name: /Chuyển sang bác sĩ khác/ }).check()
    await choose(staff, dialog.getByRole('combobox', { name: 'Bác sĩ nhận lịch hẹn' }), 'Lê Thu Hà')
    await dialog.getByText('1 lịch hẹn trùng lịch').waitFor()
    await appointments.getByText('Trùng lịch').waitFor()
    expect(await dialog.getByRole('button', { name: 'Ngừng hoạt động', exact: true }).isDisabled()).toBe(true)
    expect(await seriousAxeViolations(staff)).toEqual([])
    await screenshot(staff, 'staff-roster-deactivate-clash')

    // cancelling it instead, with a reason
    await dialog.getByRole('radio', { name: /Hủy và báo cho bệnh nhân/ }).check()
    const confirm = dialog.getByRole('button', { name: 'Hủy 1 lịch hẹn và ngừng hoạt động' })
    await dialog.getByLabel('Lý do', { exact: true }).fill('ab')
    await confirm.click()
    await dialog.getByText('Nhập lý do, ít nhất 3 ký tự.').waitFor()
    await dialog.getByLabel('Lý do', { exact: true }).fill(REASON)
    await confirm.click()
    await dialog.waitFor({ state: 'detached' })
    await expect.poll(() => binhRow.textContent()).toContain('Đã ngừng')
    const cancelled = await world.db.prisma.appointment.findUniqueOrThrow({ where: { id: appointmentId } })
    expect(cancelled.status).toBe('cancelled')
    await screenshot(staff, 'staff-roster-desktop')

    // the patient sees it in "My appointments": no longer upcoming, among the past and cancelled
    const patient = await world.newPage(PHONE)
    await logInToPatientApp(patient, PATIENT.email, '/appointments')
    await heading(patient, 'Lịch khám của tôi').waitFor()
    await patient.getByText('Bạn chưa có lịch khám sắp tới').waitFor()
    await patient.getByRole('tab', { name: 'Đã qua và đã hủy' }).click()
    const card = patient.getByRole('article', { name: 'Trần Văn Bình' })
    await card.waitFor()
    expect(await card.textContent()).toContain('Đã hủy')
    expect(await seriousAxeViolations(patient)).toEqual([])
    await screenshot(patient, 'patient-appointment-cancelled-by-deactivation')

    // and the doctor can come back
    menu = await openRowMenu(staff, 'Trần Văn Bình')
    await menu.getByRole('menuitem', { name: 'Mở lại tài khoản' }).click()
    const reactivate = staff.getByRole('alertdialog', { name: 'Mở lại tài khoản của Trần Văn Bình?' })
    await reactivate.getByRole('button', { name: 'Mở lại tài khoản' }).click()
    await reactivate.waitFor({ state: 'detached' })
    await expect.poll(() => binhRow.textContent()).toContain('Đã duyệt')
  })
})
