// The notification centre through the real browser: a patient's bell counts the unread, the list
// is grouped by day and loads more as it scrolls, opening an appointment's notice leads to the
// appointment and lowers the count, "mark all as read" empties it, and a channel switched off
// stays off. Hospital staff have the bell and list in the portal, the day queue warns when a
// patient's notice about a visit failed to deliver, and a new notification reaches the open page live.
// Build the apps first: npm run build -w @medbook/patient -w @medbook/portal
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type AccountsWorld,
  createAppointment,
  createApprovedDoctor,
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

const HOSPITAL = 'Bệnh viện Đa khoa An Bình'
const STAFF = { email: 'letan@anbinh.vn', lastName: 'Trần', firstName: 'Thu Hà' }
const PATIENT = { email: 'lan.nguyen@example.vn', lastName: 'Nguyễn', firstName: 'Thị Lan' }
const DOCTOR = {
  email: 'bs.hung@anbinh.vn',
  lastName: 'Lê',
  firstName: 'Văn Hùng',
  licenseNumber: 'HN-BS-2012-0789',
  consultationFee: 300_000,
}
const MINUTE = 60_000
const DAY = 86_400_000
/** read notifications from last month: enough for more than one page */
const OLD_NOTICES = 24

const bell = (page: Page) => page.getByRole('banner').getByRole('link', { name: /^(Thông báo|Notifications)/ })

describe('the notification centre in the browser', () => {
  let world: AccountsWorld
  let patientUserId: string
  let staffUserId: string
  let appointmentId: string
  let visitStartsAt: Date

  beforeAll(async () => {
    world = await startAccountsWorld()
    const staff = await createHospitalStaff(world.db, STAFF, HOSPITAL)
    staffUserId = staff.id
    const hospitalId = staff.hospital?.id ?? ''
    const doctor = await createApprovedDoctor(world.db, hospitalId, DOCTOR)
    const patient = await createPatient(world.db, PATIENT)
    patientUserId = patient.id
    visitStartsAt = new Date(Math.ceil((Date.now() + 3 * 60 * MINUTE) / (30 * MINUTE)) * 30 * MINUTE)
    const appointment = await createAppointment(world.db, {
      patientUserId,
      doctorId: doctor.id,
      hospitalId,
      startsAt: visitStartsAt,
    })
    appointmentId = appointment.id
    const now = Date.now()
    const toPatient = { recipientId: patientUserId, recipientRole: 'patient' as const }
    await world.db.prisma.notification.createMany({
      data: [
        {
          ...toPatient,
          type: 'appointment_confirmation',
          title: 'Đã đặt lịch khám / Appointment booked',
          message: `BS ${DOCTOR.lastName} ${DOCTOR.firstName} · ${HOSPITAL}`,
          relatedToType: 'appointment',
          relatedToId: appointmentId,
          createdAt: new Date(now - 5 * MINUTE),
          deliveryStatus: 'failed',
        },
        {
          ...toPatient,
          type: 'waitlist_slot_available',
          title: 'Có lịch trống cho bạn / A slot opened for you',
          message: `${HOSPITAL} — giữ đến / held until`,
          relatedToType: 'appointment',
          relatedToId: appointmentId,
          createdAt: new Date(now - 2 * MINUTE),
          expiresAt: new Date(now + 15 * MINUTE),
        },
        {
          ...toPatient,
          type: 'system',
          title: 'Chào mừng đến MedBook / Welcome to MedBook',
          message: 'Hồ sơ của bạn đã sẵn sàng.',
          createdAt: new Date(now - DAY),
        },
        {
          ...toPatient,
          type: 'system',
          title: 'Ưu đãi đã hết hạn / An offer that expired',
          message: 'Không còn hiển thị.',
          createdAt: new Date(now - 3 * MINUTE),
          expiresAt: new Date(now - MINUTE),
        },
        ...Array.from({ length: OLD_NOTICES }, (_, i) => ({
          ...toPatient,
          type: 'payment_received' as const,
          title: 'Đã nhận thanh toán / Payment received',
          message: `300.000 ₫ · MB-${1000 + i}`,
          createdAt: new Date(now - 30 * DAY - i * 60 * MINUTE),
          isRead: true,
        })),
        {
          recipientId: staffUserId,
          recipientRole: 'hospital',
          type: 'new_message',
          title: 'Tin nhắn mới / New message',
          message: `${PATIENT.lastName} ${PATIENT.firstName}: Tôi đến muộn 10 phút`,
          createdAt: new Date(now - 10 * MINUTE),
        },
        {
          recipientId: staffUserId,
          recipientRole: 'hospital',
          type: 'verification_update',
          title: 'Cơ sở đã được duyệt / Facility approved',
          message: 'Cơ sở đã được duyệt',
          createdAt: new Date(now - 2 * DAY),
        },
      ],
    })
  })

  afterAll(async () => {
    await world?.close()
  })

  it('patient: the bell counts the unread, the list is by day, an appointment notice opens it and is read', async () => {
    const page = await world.newPage(PHONE)
    await logInToPatientApp(page, PATIENT.email)
    await expect.poll(() => bell(page).getAttribute('aria-label')).toBe('Thông báo, 3 chưa đọc')

    await bell(page).click()
    await page.waitForURL(/\/notifications$/)
    await heading(page, 'Thông báo').waitFor()
    await page.getByRole('heading', { level: 2, name: 'Hôm nay' }).waitFor()
    await page.getByRole('heading', { level: 2, name: 'Hôm qua' }).waitFor()
    const items = page.getByTestId('notification-item')
    await expect.poll(() => items.count()).toBe(20)
    await expect.poll(() => page.getByTestId('notification-item').and(page.locator('[data-unread]')).count()).toBe(3)
    // the expired one is gone, the waitlist offer counts down
    expect(await page.getByText('Ưu đãi đã hết hạn').count()).toBe(0)
    await page.getByText(/^Giữ chỗ còn \d+:\d\d$/).waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await screenshot(page, 'notifications-patient-phone')

    // scrolling to the end loads the rest
    await items.last().scrollIntoViewIfNeeded()
    await page.mouse.wheel(0, 20_000)
    await expect.poll(() => items.count()).toBe(3 + OLD_NOTICES)
    await page.getByText('Đã hiển thị tất cả').waitFor()

    await page.getByRole('button', { name: /Đã đặt lịch khám/ }).click()
    await page.waitForURL(new RegExp(`/appointments/${appointmentId}$`))
    await expect.poll(() => bell(page).getAttribute('aria-label')).toBe('Thông báo, 2 chưa đọc')
    const confirmation = await world.db.prisma.notification.findFirstOrThrow({
      where: { recipientId: patientUserId, type: 'appointment_confirmation' },
    })
    expect(confirmation.isRead).toBe(true)

    await bell(page).click()
    await page.getByRole('button', { name: 'Đánh dấu tất cả đã đọc' }).click()
    await expect.poll(() => bell(page).getAttribute('aria-label')).toBe('Thông báo')
    await expect.poll(() => page.locator('[data-unread]').count()).toBe(0)
    await page.getByRole('button', { name: 'Chưa đọc', exact: true }).click()
    await page.getByText('Bạn đã đọc hết thông báo').waitFor()
    expect(
      await world.db.prisma.notification.count({
        where: { recipientId: patientUserId, isRead: false, expiresAt: { gt: new Date() } },
      }),
    ).toBe(0)
  })

  it('patient: a channel switched off stays off; the security row cannot be changed', async () => {
    const page = await world.newPage(PHONE)
    await logInToPatientApp(page, PATIENT.email, '/account/notifications')
    await heading(page, 'Cài đặt thông báo').waitFor()
    const emailForMessages = page.getByRole('switch', { name: 'Email: Tin nhắn mới' })
    await expect.poll(() => emailForMessages.getAttribute('aria-checked')).toBe('true')
    await emailForMessages.click()
    await page.getByText('Đã lưu cài đặt thông báo').first().waitFor()
    await expect.poll(() => emailForMessages.getAttribute('aria-checked')).toBe('false')
    expect(await page.getByRole('switch', { name: 'Email: Mã xác minh và đặt lại mật khẩu' }).isDisabled()).toBe(true)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'notification-settings-patient-phone')

    await page.reload()
    await expect
      .poll(() => page.getByRole('switch', { name: 'Email: Tin nhắn mới' }).getAttribute('aria-checked'))
      .toBe('false')
    const saved = await world.db.prisma.notificationPreference.findUniqueOrThrow({
      where: { userId_type: { userId: patientUserId, type: 'new_message' } },
    })
    expect(saved).toMatchObject({ inApp: true, email: false, sms: false })

    // in English: the page, the bell and the English half of each title
    await page.getByRole('button', { name: /Ngôn ngữ/ }).click()
    await page.getByRole('menuitemradio', { name: 'English' }).click()
    await heading(page, 'Notification settings').waitFor()
    await page.getByRole('switch', { name: 'Email: New message' }).waitFor()
    await bell(page).click()
    await heading(page, 'Notifications').waitFor()
    await page.getByRole('heading', { level: 2, name: 'Today' }).waitFor()
    await page.getByText('Appointment booked', { exact: true }).waitFor()
    expect(await page.getByText('Đã đặt lịch khám', { exact: true }).count()).toBe(0)
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'notifications-patient-en-phone')
    await page.getByRole('button', { name: /Language/ }).click()
    await page.getByRole('menuitemradio', { name: 'Tiếng Việt' }).click()
    await heading(page, 'Thông báo').waitFor()
  })

  it('staff: the portal bell and list, and the day queue warns of a notice that did not arrive', async () => {
    const page = await world.newPage(DESKTOP)
    await logInToPortal(page, STAFF.email)
    await expect.poll(() => bell(page).getAttribute('aria-label')).toBe('Thông báo, 2 chưa đọc')
    await bell(page).click()
    await page.waitForURL(/\/portal\/notifications$/)
    await heading(page, 'Thông báo').waitFor()
    await page.getByText('Tôi đến muộn 10 phút').waitFor()
    await page.getByText('Cơ sở đã được duyệt', { exact: true }).first().waitFor()
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'notifications-portal')

    await page.getByRole('button', { name: /Cơ sở đã được duyệt/ }).click()
    await page.waitForURL(/\/portal\/verification-documents$/)
    await expect.poll(() => bell(page).getAttribute('aria-label')).toBe('Thông báo, 1 chưa đọc')

    const localDate = new Date(visitStartsAt.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)
    await page.goto(`/portal/schedule?date=${localDate}&view=day`)
    const warning = page.getByTestId('delivery-warning')
    await warning.waitFor()
    expect(await warning.textContent()).toContain('Chưa báo được cho bệnh nhân')
    expect(await warning.textContent()).toContain('Xác nhận lịch khám')
    expect(await seriousAxeViolations(page)).toEqual([])
    await screenshot(page, 'schedule-delivery-warning')

    // a new notification reaches the open page live: the bell counts it without a reload
    await world.db.prisma.notification.create({
      data: {
        recipientId: staffUserId,
        recipientRole: 'hospital',
        type: 'new_message',
        title: 'Tin nhắn mới / New message',
        message: `${PATIENT.lastName} ${PATIENT.firstName}: Tôi đã đến quầy`,
      },
    })
    await expect.poll(() => bell(page).getAttribute('aria-label'), { timeout: 15_000 }).toBe('Thông báo, 2 chưa đọc')
  })
})
