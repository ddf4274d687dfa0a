// An administrator edits the booking rules in the settings form generated from each key's JSON
// Schema, and patients' slot pickers follow at once. Build the apps first:
//   npm run build -w @medbook/patient -w @medbook/portal
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type AccountsWorld,
  addWeeklySlots,
  createAdmin,
  createApprovedDoctor,
  createHospitalStaff,
  DESKTOP,
  heading,
  horizontalOverflow,
  logInToPortal,
  openEveryDay,
  PHONE,
  screenshot,
  seriousAxeViolations,
  startAccountsWorld,
} from './browser-accounts-harness.js'

const ADMIN = { email: 'vanhanh@medbook.vn', lastName: 'Đặng', firstName: 'Minh Khoa' }
const STAFF = { email: 'tiepnhan@hongduc.vn', lastName: 'Lý', firstName: 'Bảo Ngọc' }
const DOCTOR = {
  email: 'bs.khanhlinh@hongduc.vn',
  lastName: 'Tô',
  firstName: 'Khánh Linh',
  licenseNumber: 'HCM-BS-4410',
  consultationFee: 280_000,
}
const DOCTOR_NAME = 'Tô Khánh Linh'
const SLOT_TIMES = ['08:00', '08:30', '09:00', '09:30', '14:00', '14:30']

describe('system settings, in the browser', () => {
  let world: AccountsWorld
  let doctorId: string

  beforeAll(async () => {
    world = await startAccountsWorld()
    await createAdmin(world.db, ADMIN)
    const staff = await createHospitalStaff(world.db, STAFF, 'Bệnh viện Hồng Đức')
    if (!staff.hospital) throw new Error('the staff account has no hospital')
    await openEveryDay(world.db, staff.hospital.id)
    const doctor = await createApprovedDoctor(world.db, staff.hospital.id, DOCTOR)
    await addWeeklySlots(world.db, doctor.id, SLOT_TIMES)
    doctorId = doctor.id
    // no public holiday gets in the way of the days this test looks at
    await world.db.prisma.systemSetting.create({ data: { key: 'calendar.publicHolidays', value: [] } })
  })

  afterAll(async () => {
    await world?.close()
  })

  it('changes the minimum notice in the generated form, and the patient’s slot picker follows', async () => {
    const patient = await world.newPage(DESKTOP)
    await patient.goto(`/doctors/${doctorId}`)
    await heading(patient, DOCTOR_NAME).waitFor()
    await patient.getByRole('radio', { name: /^Ngày mai, .*, 6 chỗ$/ }).waitFor()

    const admin = await world.newPage(DESKTOP)
    await logInToPortal(admin, ADMIN.email)
    await admin
      .getByRole('navigation', { name: 'Điều hướng chính' })
      .getByRole('link', { name: 'Cấu hình hệ thống' })
      .click()
    await heading(admin, 'Cấu hình hệ thống').waitFor()
    const notice = admin.getByRole('region', { name: 'Thời gian báo trước tối thiểu' })
    await notice.getByText('Đang dùng giá trị mặc định.').waitFor()
    await notice.getByText('Từ 0 đến 10.080 phút').waitFor()
    const minutes = notice.getByLabel('Thời gian báo trước tối thiểu', { exact: true })
    expect(await minutes.inputValue()).toBe('120')
    expect(await seriousAxeViolations(admin)).toEqual([])
    await screenshot(admin, 'admin-settings')

    // the schema's bounds are checked before anything is sent
    await minutes.fill('20000')
    await notice.getByRole('button', { name: 'Lưu' }).click()
    await notice.getByText('Giá trị lớn nhất là 10.080.').waitFor()
    expect(await minutes.getAttribute('aria-invalid')).toBe('true')
    expect(await world.db.prisma.systemSetting.count({ where: { key: 'booking.minimumNoticeMinutes' } })).toBe(0)
    await screenshot(admin, 'admin-settings-invalid')

    // two days' notice: nothing tomorrow can be booked any more
    await minutes.fill('2880')
    await notice.getByRole('button', { name: 'Lưu' }).click()
    await admin.getByText('Đã lưu “Thời gian báo trước tối thiểu”.').first().waitFor()
    await notice.getByText(`Cập nhật lần cuối bởi ${ADMIN.lastName} ${ADMIN.firstName}`, { exact: false }).waitFor()
    const stored = await world.db.prisma.systemSetting.findUniqueOrThrow({
      where: { key: 'booking.minimumNoticeMinutes' },
    })
    expect(stored.value).toBe(2880)
    const log = await world.db.prisma.activityLog.findFirstOrThrow({ where: { action: 'update_setting' } })
    expect(log.details).toMatchObject({ key: 'booking.minimumNoticeMinutes', from: 120, to: 2880 })

    await patient.reload()
    await patient.getByRole('radio', { name: /^Ngày mai, .*, Hết chỗ$/ }).waitFor()
    await screenshot(patient, 'admin-settings-patient-after')
  })

  it('edits a list setting: reminder times are added one by one, within the schema’s limits', async () => {
    const admin = await world.newPage(DESKTOP)
    await logInToPortal(admin, ADMIN.email)
    await admin.goto('/portal/settings')
    const reminders = admin.getByRole('region', { name: 'Thời điểm gửi nhắc lịch' })
    await reminders.getByLabel('Lần nhắc 2', { exact: true }).waitFor()
    await reminders.getByRole('button', { name: 'Thêm' }).click()
    const third = reminders.getByLabel('Lần nhắc 3', { exact: true })
    await third.fill('3')
    await reminders.getByRole('button', { name: 'Lưu' }).click()
    await reminders.getByText('Giá trị nhỏ nhất là 5.').waitFor()
    await third.fill('30')
    await reminders.getByRole('button', { name: 'Lưu' }).click()
    await admin.getByText('Đã lưu “Thời điểm gửi nhắc lịch”.').first().waitFor()
    await expect
      .poll(
        async () =>
          (await world.db.prisma.systemSetting.findUnique({ where: { key: 'reminders.offsetsMinutes' } }))?.value,
      )
      .toEqual([1440, 120, 30])
    // the schema allows five reminders at most: the add button stops there
    await reminders.getByRole('button', { name: 'Thêm' }).click()
    await reminders.getByRole('button', { name: 'Thêm' }).click()
    await expect.poll(() => reminders.getByRole('button', { name: 'Thêm' }).isDisabled()).toBe(true)
    await reminders.getByRole('button', { name: 'Hoàn tác' }).click()
    await expect.poll(() => reminders.getByRole('textbox').count()).toBe(0)
    expect(await reminders.getByRole('spinbutton').count()).toBe(3)

    await admin.setViewportSize(PHONE)
    expect(await horizontalOverflow(admin)).toBeLessThanOrEqual(0)
    await screenshot(admin, 'admin-settings-phone')
  })
})
