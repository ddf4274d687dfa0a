// An administrator edits the booking rules in the settings form generated from each key's JSON
// Schema, and patients' slot pickers follow at once. Build the apps first:
//   npm run build -w @medbook/patient -w @medbook/portal
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type AccountsWorld,
  addWeeklySlots,
  createAdmin,
  createAppointment,
  createApprovedDoctor,
  createHospitalStaff,
  createPatient,
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
  let hospitalId: string

  beforeAll(async () => {
    world = await startAccountsWorld()
    await createAdmin(world.db, ADMIN)
    const staff = await createHospitalStaff(world.db, STAFF, 'Bệnh viện Hồng Đức')
    if (!staff.hospital) throw new Error('the staff account has no hospital')
    await openEveryDay(world.db, staff.hospital.id)
    const doctor = await createApprovedDoctor(world.db, staff.hospital.id, DOCTOR)
    await addWeeklySlots(world.db, doctor.id, SLOT_TIMES)
    doctorId = doctor.id
    hospitalId = staff.hospital.id
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
  it('moderates reviews (approve, reject with a reason; keep or remove a reported one), and the doctor and the hospital reply', async () => {
    // two patients reviewed the doctor after visits completed days ago
    const reviewOf = async (email: string, firstName: string, daysAgo: number, rating: number, comment: string) => {
      const user = await createPatient(world.db, { email, lastName: 'Lê', firstName })
      const startsAt = new Date(Date.now() - daysAgo * 86_400_000)
      const visit = await createAppointment(world.db, { patientUserId: user.id, doctorId, hospitalId, startsAt })
      await world.db.prisma.appointment.update({ where: { id: visit.id }, data: { status: 'completed' } })
      const review = await world.db.prisma.review.create({
        data: { patientId: visit.patientId, appointmentId: visit.id, targetType: 'doctor', doctorId, rating, comment },
      })
      return { review, visit, user }
    }
    const thu = await reviewOf('thu.le@example.vn', 'Thị Thu', 3, 5, 'Bác sĩ khám kỹ, giải thích dễ hiểu.')
    const hung = await reviewOf('hung.le@example.vn', 'Văn Hùng', 2, 1, 'Mua thuốc giá rẻ tại web khác!!!')
    const kind = thu.review
    const spam = hung.review
    // and the hospital, in published reviews that a reader reported
    const reportedHospitalReview = async (
      from: typeof thu,
      rating: number,
      comment: string,
      report: { by: string; reason: string },
    ) => {
      const review = await world.db.prisma.review.create({
        data: {
          patientId: from.visit.patientId,
          appointmentId: from.visit.id,
          targetType: 'hospital',
          hospitalId,
          rating,
          comment,
          status: 'approved',
          isApproved: true,
        },
      })
      await world.db.prisma.reviewReport.create({
        data: { reviewId: review.id, reporterId: report.by, reason: report.reason },
      })
      return review
    }
    const fair = await reportedHospitalReview(thu, 4, 'Phòng chờ sạch sẽ, chờ hơi lâu.', {
      by: hung.user.id,
      reason: 'Không đúng sự thật',
    })
    const rude = await reportedHospitalReview(hung, 1, 'Nhân viên ngu ngốc, đừng bao giờ đến!', {
      by: thu.user.id,
      reason: 'Lời lẽ xúc phạm',
    })

    const admin = await world.newPage(DESKTOP)
    await logInToPortal(admin, ADMIN.email)
    await admin.goto('/portal/review-moderation')
    await heading(admin, 'Duyệt đánh giá').waitFor()
    const items = admin.getByTestId('moderation-item')
    await expect.poll(() => items.count()).toBe(2)
    const kindItem = items.filter({ hasText: 'Bác sĩ khám kỹ' })
    expect(await kindItem.textContent()).toContain(`Bác sĩ ${DOCTOR_NAME}`)
    expect(await kindItem.textContent()).toContain('Lê Thị Thu')
    expect(await kindItem.getByRole('img', { name: '5 trên 5 sao' }).count()).toBe(1)
    expect(await seriousAxeViolations(admin)).toEqual([])
    await screenshot(admin, 'admin-review-moderation')

    await kindItem.getByRole('button', { name: 'Duyệt', exact: true }).click()
    await kindItem.waitFor({ state: 'detached' })
    // published: the doctor's rating counts it at once, and the profile patients read shows it
    expect(
      await world.db.prisma.doctor.findUniqueOrThrow({
        where: { id: doctorId },
        select: { ratingAverage: true, ratingCount: true },
      }),
    ).toEqual({ ratingAverage: 5, ratingCount: 1 })
    const profile = await world.newPage(DESKTOP)
    await profile.goto(`/doctors/${doctorId}`)
    const onProfile = profile.getByRole('region', { name: 'Đánh giá của bệnh nhân' })
    await onProfile.getByText('Bác sĩ khám kỹ, giải thích dễ hiểu.').waitFor()
    expect(await onProfile.textContent()).toContain('1 đánh giá')
    await profile.close()
    const spamItem = items.filter({ hasText: 'Mua thuốc giá rẻ' })
    await spamItem.getByRole('button', { name: 'Từ chối', exact: true }).click()
    const reject = admin.getByRole('alertdialog', { name: 'Từ chối đánh giá' })
    await reject.getByRole('button', { name: 'Từ chối', exact: true }).click()
    await reject.getByText('Hãy nhập lý do (ít nhất 3 ký tự).').waitFor()
    await reject.getByLabel('Lý do').fill('Quảng cáo, không nói về lần khám')
    expect(await seriousAxeViolations(admin)).toEqual([])
    await reject.getByRole('button', { name: 'Từ chối', exact: true }).click()
    await reject.waitFor({ state: 'detached' })
    await admin.getByText('Không có đánh giá chờ duyệt').waitFor()
    expect(await world.db.prisma.review.findUniqueOrThrow({ where: { id: kind.id } })).toMatchObject({
      status: 'approved',
      isApproved: true,
    })
    expect(await world.db.prisma.review.findUniqueOrThrow({ where: { id: spam.id } })).toMatchObject({
      status: 'rejected',
      moderationReason: 'Quảng cáo, không nói về lần khám',
    })
    // reported reviews: one is kept, the other removed with a reason
    await admin.getByRole('tab', { name: 'Bị báo cáo' }).click()
    await admin.waitForURL((url) => url.searchParams.get('queue') === 'reported')
    const fairItem = items.filter({ hasText: 'Phòng chờ sạch sẽ' })
    await fairItem.waitFor()
    expect(await fairItem.textContent()).toContain('1 báo cáo')
    expect(await fairItem.textContent()).toContain('Không đúng sự thật')
    expect(await seriousAxeViolations(admin)).toEqual([])
    await fairItem.getByRole('button', { name: 'Giữ lại', exact: true }).click()
    await fairItem.waitFor({ state: 'detached' })
    const rudeItem = items.filter({ hasText: 'Nhân viên ngu ngốc' })
    await rudeItem.getByRole('button', { name: 'Gỡ bỏ', exact: true }).click()
    const remove = admin.getByRole('alertdialog', { name: 'Gỡ bỏ đánh giá' })
    await remove.getByLabel('Lý do').fill('Lời lẽ xúc phạm nhân viên')
    await remove.getByRole('button', { name: 'Gỡ bỏ', exact: true }).click()
    await remove.waitFor({ state: 'detached' })
    await admin.getByText('Không có đánh giá bị báo cáo').waitFor()
    expect(await world.db.prisma.review.findUniqueOrThrow({ where: { id: fair.id } })).toMatchObject({
      status: 'approved',
    })
    expect(await world.db.prisma.review.findUniqueOrThrow({ where: { id: rude.id } })).toMatchObject({
      status: 'removed',
      moderationReason: 'Lời lẽ xúc phạm nhân viên',
    })

    // the doctor reads the published review with the rating summary, replies, then edits the reply
    const doctor = await world.newPage(DESKTOP)
    await logInToPortal(doctor, DOCTOR.email)
    await doctor.goto('/portal/reviews')
    await heading(doctor, 'Đánh giá').waitFor()
    expect(await doctor.getByTestId('rating-summary').textContent()).toContain('1 đánh giá')
    const published = doctor.getByTestId('published-review')
    await expect.poll(() => published.count()).toBe(1)
    expect(await published.textContent()).toContain('Bác sĩ khám kỹ')
    await published.getByRole('button', { name: 'Trả lời', exact: true }).click()
    await published.getByRole('button', { name: 'Đăng câu trả lời' }).click()
    await published.getByText('Hãy nhập câu trả lời.').waitFor()
    await published.getByRole('textbox').fill('Cảm ơn chị đã tin tưởng, chúc chị mau khỏe.')
    expect(await seriousAxeViolations(doctor)).toEqual([])
    await published.getByRole('button', { name: 'Đăng câu trả lời' }).click()
    const response = published.getByTestId('review-response')
    await response.getByText('Cảm ơn chị đã tin tưởng, chúc chị mau khỏe.').waitFor()
    expect(await response.textContent()).toContain(`Trả lời của BS ${DOCTOR_NAME}`)
    await response.getByRole('button', { name: 'Sửa câu trả lời' }).click()
    await published.getByRole('textbox').fill('Cảm ơn chị, hẹn gặp lại ở lần tái khám.')
    await published.getByRole('button', { name: 'Đăng câu trả lời' }).click()
    await response.getByText('Cảm ơn chị, hẹn gặp lại ở lần tái khám.').waitFor()
    expect(await world.db.prisma.review.findUniqueOrThrow({ where: { id: kind.id } })).toMatchObject({
      responseText: 'Cảm ơn chị, hẹn gặp lại ở lần tái khám.',
    })
    expect(await seriousAxeViolations(doctor)).toEqual([])
    await screenshot(doctor, 'portal-doctor-reviews')
    // and in English
    await doctor.getByRole('button', { name: /Ngôn ngữ/ }).click()
    await doctor.getByRole('menuitemradio', { name: 'English' }).click()
    await heading(doctor, 'Reviews').waitFor()
    expect(await doctor.getByTestId('rating-summary').textContent()).toContain('1 review')
    await published.getByRole('button', { name: 'Edit the reply' }).waitFor()
    expect(await published.getByRole('img', { name: '5 out of 5 stars' }).count()).toBe(1)

    // the hospital's staff answer the review of the hospital that was kept
    const desk = await world.newPage(DESKTOP)
    await logInToPortal(desk, STAFF.email)
    await desk.goto('/portal/reviews')
    await heading(desk, 'Đánh giá').waitFor()
    const hospitalReview = desk.getByTestId('published-review')
    await expect.poll(() => hospitalReview.count()).toBe(1)
    expect(await hospitalReview.textContent()).toContain('Phòng chờ sạch sẽ')
    await hospitalReview.getByRole('button', { name: 'Trả lời', exact: true }).click()
    await hospitalReview.getByRole('textbox').fill('Cảm ơn góp ý, chúng tôi đang bố trí thêm quầy tiếp đón.')
    await hospitalReview.getByRole('button', { name: 'Đăng câu trả lời' }).click()
    await hospitalReview.getByTestId('review-response').getByText('Cảm ơn góp ý', { exact: false }).waitFor()
    expect(await world.db.prisma.review.findUniqueOrThrow({ where: { id: fair.id } })).toMatchObject({
      responseText: 'Cảm ơn góp ý, chúng tôi đang bố trí thêm quầy tiếp đón.',
    })
  })
})
