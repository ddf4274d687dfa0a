// Conversations through the real browser: a patient asks the front desk about an upcoming visit
// from its appointment page; the hospital's staff, with the portal inbox open in a second browser
// profile, sees the question arrive and answers with a PDF; the patient's navigation counts the
// answer and the thread shows it with the file. A send whose answer is lost is retried with the
// same client message id (one message in the database), and HTML in a message stays text.
// Build the apps first: npx turbo run generate build --filter=@medbook/db --filter=@medbook/patient --filter=@medbook/portal
import type { Locator, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  type AccountsWorld,
  createAdmin,
  createAppointment,
  createApprovedDoctor,
  createHospitalStaff,
  createPatient,
  DESKTOP,
  horizontalOverflow,
  logInToPatientApp,
  logInToPortal,
  PHONE,
  screenshot,
  seriousAxeViolations,
  startAccountsWorld,
} from './browser-accounts-harness.js'

const PATIENT = { email: 'thao.nguyen@example.vn', lastName: 'Nguyễn', firstName: 'Phương Thảo' }
const STAFF = { email: 'tiepnhan@benhvienanphuoc.vn', lastName: 'Vũ', firstName: 'Hà' }
const ADMIN = { email: 'hotro@medbook.test', lastName: 'Trịnh', firstName: 'Quốc Bảo' }
const PATIENT_NAME = `${PATIENT.lastName} ${PATIENT.firstName}`
const SUPPORT_TEXT = 'Chào chị Thảo, bộ phận hỗ trợ MedBook đây. Chị cần giúp gì không ạ?'
const HOSPITAL = 'Bệnh viện An Phước'
const DOCTOR = {
  email: 'bs.khoa@benhvienanphuoc.vn',
  lastName: 'Lý',
  firstName: 'Minh Khoa',
  licenseNumber: 'HN-BS-2026-0311',
  consultationFee: 300_000,
}
const QUESTION = 'Tôi có cần nhịn ăn trước khi xét nghiệm máu không?'
const ANSWER = 'Có, chị nhịn ăn 8 tiếng trước khi lấy máu. Hướng dẫn chi tiết trong tệp đính kèm.'
const PDF_NAME = 'huong-dan-xet-nghiem-mau.pdf'
const RETRIED = 'Tôi sẽ đến lúc 7 giờ sáng.'
const LOST_ANSWER = 'Tôi đến quầy số mấy ạ?'
const SEND_ROUTE = '**/trpc/*conversations.send*'
const OFFLINE_TEXT = 'Tôi có cần mang theo kết quả xét nghiệm cũ không?'
const HTML_TEXT = '<b>hi</b>'
/** a 1×1 PNG: an image the server recognises by its bytes */
const PNG_BYTES = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
)
const PHOTO_NAME = 'don-thuoc-cu.png'
/** the navigation's link with the unread total */
const UNREAD_ONE = /^Tin nhắn\s*1 tin chưa đọc$/

/** A small but real PDF: the server checks the bytes, not the name. */
const PDF_BYTES = Buffer.from(
  [
    '%PDF-1.4',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj',
    'trailer << /Root 1 0 R >>',
    '%%EOF',
    '',
  ].join('\n'),
)

/**
 * Waits for something another browser profile caused, WITHOUT reloading: the app's realtime.events
 * stream invalidates the conversations queries and the screen refetches.
 */
async function expectArrives(target: Locator) {
  await target.waitFor({ timeout: 10_000 })
}

function composer(page: Page) {
  return page.getByRole('textbox', { name: 'Tin nhắn' })
}

function messageLog(page: Page) {
  return page.getByRole('log')
}

describe('conversations in the browser', () => {
  let world: AccountsWorld
  let appointmentId: string
  let visitDate: string
  let patient: Page
  let staff: Page

  beforeAll(async () => {
    world = await startAccountsWorld()
    const staffUser = await createHospitalStaff(world.db, STAFF, HOSPITAL)
    const hospitalId = staffUser.hospital?.id ?? ''
    const doctor = await createApprovedDoctor(world.db, hospitalId, DOCTOR)
    const patientUser = await createPatient(world.db, PATIENT)
    const startsAt = new Date(Date.now() + 2 * 86_400_000)
    startsAt.setUTCHours(2, 0, 0, 0) // 09:00 in Vietnam
    const appointment = await createAppointment(world.db, {
      patientUserId: patientUser.id,
      doctorId: doctor.id,
      hospitalId,
      startsAt,
    })
    appointmentId = appointment.id
    visitDate = appointment.appointmentDate.toISOString().slice(0, 10)
    await createAdmin(world.db, ADMIN)
    patient = await world.newPage(PHONE)
    staff = await world.newPage(DESKTOP)
    await logInToPatientApp(patient, PATIENT.email, `/appointments/${appointmentId}`)
    await logInToPortal(staff, STAFF.email)
  }, 120_000)

  afterAll(async () => {
    await world?.close()
  })

  it('the patient asks the front desk from the appointment; the desk sees it in its open inbox', async () => {
    await staff.goto('/portal/messages')
    await staff.getByText('Không có cuộc trò chuyện nào').waitFor()

    await patient.getByRole('button', { name: 'Hỏi quầy lễ tân' }).click()
    await patient.waitForURL(/\/messages\/[0-9a-f-]{36}$/)
    await patient.getByRole('heading', { level: 1, name: `${HOSPITAL}` }).waitFor()
    await patient.getByRole('link', { name: /Về lịch khám/ }).waitFor()
    await composer(patient).fill(QUESTION)
    await composer(patient).press('Enter')
    await messageLog(patient).getByText(QUESTION).waitFor()
    await patient.getByText('Đang gửi…').waitFor({ state: 'detached' })
    expect(await composer(patient).inputValue()).toBe('')
    expect(await horizontalOverflow(patient)).toBeLessThanOrEqual(0)
    expect(await seriousAxeViolations(patient)).toEqual([])
    await screenshot(patient, 'conversations-patient-thread-phone')

    // the desk's inbox was open all along
    const row = staff.getByRole('link', { name: new RegExp(`${PATIENT.lastName} ${PATIENT.firstName}`) })
    await expectArrives(row)
    await expect(row.textContent()).resolves.toContain(QUESTION)
    await staff.getByRole('button', { name: 'Chưa đọc', pressed: false }).click()
    await row.waitFor()
    expect(await seriousAxeViolations(staff)).toEqual([])
    await screenshot(staff, 'conversations-portal-inbox')
  })

  it('the desk answers with a PDF; the patient’s navigation and bell count it and the thread shows the file', async () => {
    // the patient has left the thread: the answer is unread
    await patient.goto('/appointments')

    await staff.getByRole('link', { name: new RegExp(`${PATIENT.lastName} ${PATIENT.firstName}`) }).click()
    await staff.waitForURL(/\/portal\/messages\/[0-9a-f-]{36}$/)
    await messageLog(staff).getByText(QUESTION).waitFor()
    await staff.locator('input[type=file]').setInputFiles({
      name: PDF_NAME,
      mimeType: 'application/pdf',
      buffer: PDF_BYTES,
    })
    await staff.getByText(PDF_NAME).waitFor()
    await composer(staff).fill(ANSWER)
    await staff.getByRole('button', { name: 'Gửi', exact: true }).click()
    await messageLog(staff)
      .getByRole('link', { name: new RegExp(PDF_NAME) })
      .waitFor()
    await staff.getByText('Đang gửi…').waitFor({ state: 'detached' })
    expect(await seriousAxeViolations(staff)).toEqual([])
    await screenshot(staff, 'conversations-portal-thread')

    const unread = patient.getByRole('link', { name: UNREAD_ONE })
    await expectArrives(unread)
    // the bell counts the new-message notification that came with it, live too
    await expectArrives(patient.getByRole('link', { name: 'Thông báo, 1 chưa đọc' }))

    await patient.goto('/messages')
    const row = patient.getByRole('link', { name: new RegExp(HOSPITAL) })
    await row.getByText('1 tin chưa đọc').waitFor()
    expect(await seriousAxeViolations(patient)).toEqual([])
    expect(await horizontalOverflow(patient)).toBeLessThanOrEqual(0)
    await screenshot(patient, 'conversations-patient-inbox-phone')

    await row.click()
    await messageLog(patient).getByText(ANSWER).waitFor()
    const chip = messageLog(patient).getByRole('link', { name: new RegExp(PDF_NAME) })
    await chip.waitFor()
    const href = (await chip.getAttribute('href')) ?? ''
    expect(href).toMatch(/^\/files\/messages\//)
    const file = await patient.request.get(href)
    expect(file.status()).toBe(200)
    expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-')
    // reading the thread clears the count
    await patient.getByRole('link', { name: UNREAD_ONE }).waitFor({ state: 'detached' })
    await patient.getByRole('link', { name: 'Thông báo', exact: true }).waitFor()
    // and the desk sees its answer was read
    await expectArrives(messageLog(staff).getByText('Đã xem'))
  })

  it('a failed send says so with a retry, and the retry resends the same client message id: one message', async () => {
    const sentIds: string[] = []
    await patient.route(SEND_ROUTE, async (route) => {
      sentIds.push(/"clientMessageId":"([0-9a-f-]{36})"/.exec(route.request().postData() ?? '')?.[1] ?? '')
      // the first try never reaches the server
      if (sentIds.length === 1) return route.abort('connectionreset')
      return route.continue()
    })
    await composer(patient).fill(RETRIED)
    await composer(patient).press('Enter')
    await patient.getByText('Chưa gửi được').waitFor()
    await patient.getByRole('button', { name: 'Thử lại', exact: true }).click()
    await patient.getByText('Chưa gửi được').waitFor({ state: 'detached' })
    await patient.getByText('Đang gửi…').waitFor({ state: 'detached' })
    await expect(messageLog(patient).getByText(RETRIED).count()).resolves.toBe(1)
    await patient.unroute(SEND_ROUTE)

    expect(sentIds).toHaveLength(2)
    expect(sentIds[1]).toBe(sentIds[0])
    const stored = await world.db.prisma.message.findMany({ where: { content: RETRIED } })
    expect(stored.map((message) => message.clientMessageId)).toEqual([sentIds[0]])
  })

  it('a send whose answer was lost is one message, shown once', async () => {
    let first = true
    await patient.route(SEND_ROUTE, async (route) => {
      if (!first) return route.continue()
      first = false
      // the server stores the message; its answer never reaches the browser
      await route.fetch()
      await route.abort('connectionreset')
    })
    await composer(patient).fill(LOST_ANSWER)
    await composer(patient).press('Enter')
    await messageLog(patient).getByText(LOST_ANSWER).waitFor()
    // the live event refetches the thread: the server's copy replaces the unsent bubble
    await expect
      .poll(
        async () => (await patient.getByText('Chưa gửi được').count()) + (await patient.getByText('Đang gửi…').count()),
      )
      .toBe(0)
    await expect(messageLog(patient).getByText(LOST_ANSWER).count()).resolves.toBe(1)
    await patient.unroute(SEND_ROUTE)
    expect(await world.db.prisma.message.count({ where: { content: LOST_ANSWER } })).toBe(1)
  })

  it('a message written offline waits, and is sent once when the connection is back', async () => {
    await patient.context().setOffline(true)
    await patient.getByText('Bạn đang ngoại tuyến. Tin nhắn sẽ được gửi khi có mạng.').waitFor()
    await composer(patient).fill(OFFLINE_TEXT)
    await composer(patient).press('Enter')
    await patient.getByText('Chờ có mạng để gửi').waitFor()
    await patient.context().setOffline(false)
    await patient.getByText('Chờ có mạng để gửi').waitFor({ state: 'detached' })
    await patient.getByText('Đang gửi…').waitFor({ state: 'detached' })
    await messageLog(patient).getByText(OFFLINE_TEXT).waitFor()
    expect(await world.db.prisma.message.count({ where: { content: OFFLINE_TEXT } })).toBe(1)
  })

  it('HTML in a message is shown as the characters typed; Shift+Enter is a new line', async () => {
    await composer(patient).fill(HTML_TEXT)
    await composer(patient).press('Enter')
    await messageLog(patient).getByText(HTML_TEXT, { exact: true }).waitFor()
    expect(await messageLog(patient).locator('b').count()).toBe(0)

    await composer(patient).fill('Dòng một')
    await composer(patient).press('Shift+Enter')
    await composer(patient).pressSequentially('Dòng hai')
    expect(await composer(patient).inputValue()).toBe('Dòng một\nDòng hai')
    await composer(patient).fill('')

    // the desk receives it as text too
    await expectArrives(messageLog(staff).getByText(HTML_TEXT, { exact: true }))
    expect(await messageLog(staff).locator('b').count()).toBe(0)
    expect(await seriousAxeViolations(patient)).toEqual([])
    expect(await horizontalOverflow(patient)).toBeLessThanOrEqual(0)
  })

  it('an image goes as a thumbnail that opens full size', async () => {
    await patient
      .locator('input[type=file]')
      .setInputFiles({ name: PHOTO_NAME, mimeType: 'image/png', buffer: PNG_BYTES })
    await patient.getByRole('button', { name: `Bỏ tệp ${PHOTO_NAME}` }).waitFor()
    await patient.getByRole('button', { name: 'Gửi', exact: true }).click()
    const thumbnail = messageLog(patient).getByRole('link', { name: `Mở ảnh ${PHOTO_NAME} cỡ đầy đủ` })
    await thumbnail.waitFor()
    await patient.getByText('Đang gửi…').waitFor({ state: 'detached' })
    const image = thumbnail.getByRole('img', { name: PHOTO_NAME })
    await expect.poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth)).toBe(1)
    const full = await patient.request.get((await thumbnail.getAttribute('href')) ?? '')
    expect(full.status()).toBe(200)
    expect(full.headers()['content-type']).toBe('image/png')
    expect(await seriousAxeViolations(patient)).toEqual([])
  })

  it('refuses a file that is not an image or a PDF before uploading it', async () => {
    await patient.locator('input[type=file]').setInputFiles({
      name: 'ket-qua.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: Buffer.from('PK not a pdf'),
    })
    await patient
      .getByRole('alert')
      .getByText(/không phải ảnh hay PDF/)
      .waitFor()
    expect(await patient.getByRole('button', { name: 'Gửi', exact: true }).isDisabled()).toBe(true)
  })

  it('older messages load when the reader scrolls to the top of the thread, under their day', async () => {
    const conversation = await world.db.prisma.conversation.findFirstOrThrow({ where: { appointmentId } })
    const author = await world.db.prisma.user.findUniqueOrThrow({ where: { email: PATIENT.email } })
    const threeDaysAgo = Date.now() - 3 * 86_400_000
    await world.db.prisma.message.createMany({
      data: Array.from({ length: 35 }, (_, index) => ({
        conversationId: conversation.id,
        senderId: author.id,
        senderRole: 'patient' as const,
        content: `Tin cũ số ${index + 1}`,
        createdAt: new Date(threeDaysAgo + index * 60_000),
      })),
    })
    await patient.goto(`/messages/${conversation.id}`)
    const log = messageLog(patient)
    await log.getByText(HTML_TEXT, { exact: true }).waitFor()
    await log.getByText('Tin cũ số 35', { exact: true }).waitFor()
    expect(await log.getByText('Tin cũ số 1', { exact: true }).count()).toBe(0)

    // scrolling up to the top of the thread loads the page before, no click needed
    await patient.getByRole('button', { name: 'Tải tin cũ hơn' }).scrollIntoViewIfNeeded()
    await log.getByText('Tin cũ số 1', { exact: true }).waitFor()
    await patient.getByText('Đây là đầu cuộc trò chuyện').waitFor()
    await log.getByText('Hôm nay', { exact: true }).waitFor()
    expect(await log.getByText('Tin cũ số 1', { exact: true }).count()).toBe(1)
  })

  it('staff open the conversation from the day queue and take it over from the desk', async () => {
    await staff.goto(`/portal/schedule?date=${visitDate}`)
    await staff.getByRole('button', { name: `Nhắn bệnh nhân ${PATIENT_NAME}` }).click()
    await staff.waitForURL(/\/portal\/messages\/[0-9a-f-]{36}$/)
    await staff.getByRole('heading', { level: 1, name: PATIENT_NAME }).waitFor()
    await messageLog(staff).getByText(QUESTION).waitFor()

    // a doctor of the hospital can take it (they join the conversation), then the desk takes it back
    await staff.getByRole('combobox', { name: 'Người phụ trách' }).click()
    await staff.getByRole('option', { name: `BS ${DOCTOR.lastName} ${DOCTOR.firstName}` }).click()
    await staff.getByText(`Đã giao cho ${DOCTOR.lastName} ${DOCTOR.firstName}.`).first().waitFor()
    await staff.getByRole('combobox', { name: 'Người phụ trách' }).click()
    await staff.getByRole('option', { name: `${STAFF.lastName} ${STAFF.firstName} (tôi)` }).click()
    await staff.getByText(`Đã giao cho ${STAFF.lastName} ${STAFF.firstName}.`).first().waitFor()

    await staff.goto('/portal/messages?mine=1')
    await staff.getByRole('button', { name: 'Giao cho tôi', pressed: true }).waitFor()
    const row = staff.getByRole('link', { name: new RegExp(PATIENT_NAME) })
    await row.getByText(`Phụ trách: ${STAFF.lastName} ${STAFF.firstName}`).waitFor()
    expect(await seriousAxeViolations(staff)).toEqual([])
  })

  it('an administrator writes to a user from the users list; it reaches the patient’s inbox', async () => {
    const admin = await world.newPage(DESKTOP)
    await logInToPortal(admin, ADMIN.email)
    await admin.goto('/portal/users')
    const table = admin.getByRole('table', { name: 'Danh sách người dùng' })
    await table
      .getByRole('row', { name: new RegExp(PATIENT_NAME) })
      .getByRole('button', { name: `Thao tác với ${PATIENT_NAME}` })
      .click()
    await admin.getByRole('menuitem', { name: 'Nhắn tin' }).click()
    await admin.waitForURL(/\/portal\/messages\/[0-9a-f-]{36}$/)
    await composer(admin).fill(SUPPORT_TEXT)
    await composer(admin).press('Enter')
    await messageLog(admin).getByText(SUPPORT_TEXT).waitFor()
    await admin.getByText('Đang gửi…').waitFor({ state: 'detached' })

    await admin.goto('/portal/messages')
    await admin.getByRole('heading', { level: 1, name: 'Hộp thư hỗ trợ' }).waitFor()
    await admin.getByRole('link', { name: new RegExp(PATIENT_NAME) }).waitFor()
    expect(await seriousAxeViolations(admin)).toEqual([])

    await patient.goto('/messages')
    await patient.getByRole('link', { name: new RegExp(SUPPORT_TEXT.slice(0, 30)) }).waitFor()
    expect(await horizontalOverflow(patient)).toBeLessThanOrEqual(0)
  })

  it('speaks English when chosen', async () => {
    await patient.evaluate(() => window.localStorage.setItem('medbook.language', 'en'))
    await patient.goto('/messages')
    await patient.getByRole('heading', { level: 1, name: 'Messages' }).waitFor()
    await patient.getByRole('tab', { name: 'Active', selected: true }).waitFor()
    await patient.getByRole('link', { name: new RegExp(HOSPITAL) }).click()
    await patient.getByRole('textbox', { name: 'Message' }).waitFor()
    await patient.getByRole('button', { name: 'Attach an image or PDF' }).waitFor()
    await messageLog(patient).getByText('Today', { exact: true }).waitFor()
    await patient.getByRole('link', { name: /About the visit/ }).waitFor()
    expect(await seriousAxeViolations(patient)).toEqual([])
    await patient.evaluate(() => window.localStorage.setItem('medbook.language', 'vi'))
  })
})
