// Paying for visits end to end over real HTTP: the SDK as a patient's integration, the
// server's own VNPay and MoMo sandboxes (same signing as the real gateways), their signed IPNs
// and the refund APIs, on a fresh embedded database (or DATABASE_URL's server).
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { hashPassword } from '@medbook/api'
import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { releaseExpiredHolds } from '../../../packages/api/src/jobs/holds.js'
import { reconcilePendingPayments } from '../../../packages/api/src/jobs/payments.js'
import { createClient, type MedBookClient } from '../../../packages/sdk/src/index.js'
import { type RunningServer, startServer } from '../src/server.js'

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const
const PASSWORD = 'Thanh-toan-2026'
const FEE = 300_000
const BLOOD_TEST = 120_000
const HOUR = 3_600_000

describe('payments over HTTP: sandboxes, IPNs, refunds, receipts', () => {
  let db: Database
  let server: RunningServer
  let doctorId: string
  let bloodTestId: string
  let patient: MedBookClient
  let otherPatient: MedBookClient
  let staff: MedBookClient
  let cookie: string
  let otherCookie: string
  let staffCookie: string
  const usedSlots = new Set<number>()

  async function signIn(identifier: string) {
    const response = await fetch(`${server.url}/trpc/auth.login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: server.url },
      body: JSON.stringify({ json: { identifier, password: PASSWORD } }),
    })
    const setCookie = response.headers.get('set-cookie') ?? ''
    const sessionCookie = setCookie.split(';')[0] ?? ''
    const client = createClient({ baseUrl: server.url, headers: { cookie: sessionCookie, origin: server.url } })
    return { client, cookie: sessionCookie }
  }

  async function user(role: 'patient' | 'hospital', email: string, hospitalId?: string) {
    return db.prisma.user.create({
      data: {
        role,
        email,
        password: await hashPassword(PASSWORD),
        firstName: 'Thị Lan',
        lastName: 'Nguyễn',
        verificationStatus: true,
        ...(role === 'patient' ? { patient: { create: {} } } : {}),
        ...(hospitalId ? { hospital: { connect: { id: hospitalId } } } : {}),
      },
    })
  }

  /** a free online slot at least `hoursAhead` from now (each test takes its own) */
  async function onlineSlot(hoursAhead: number): Promise<Date> {
    const from = new Date(Date.now() + hoursAhead * HOUR)
    const to = new Date(from.getTime() + 6 * 86_400_000)
    const day = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Ho_Chi_Minh' }).format(d)
    const { slots } = await patient.availability.slots.query({ doctorId, from: day(from), to: day(to), type: 'online' })
    const slot = slots.find((s) => s.startsAt >= from && !usedSlots.has(s.startsAt.getTime()))
    if (!slot) throw new Error('no free slot left in the fixture')
    usedSlots.add(slot.startsAt.getTime())
    return slot.startsAt
  }

  async function bookOnline(hoursAhead: number, extra: { promotionCode?: string; services?: string[] } = {}) {
    return patient.appointments.book.mutate({
      doctorId,
      startsAt: await onlineSlot(hoursAhead),
      type: 'online',
      hospitalServiceIds: extra.services ?? [],
      ...(extra.promotionCode ? { promotionCode: extra.promotionCode } : {}),
    })
  }

  /** the sandbox's checkout page, then its Pay (or Cancel) button: the IPN is posted before the redirect */
  async function payInSandbox(
    redirectUrl: string,
    method: 'vnpay' | 'momo',
    decision: 'approve' | 'decline' = 'approve',
  ) {
    const page = await fetch(redirectUrl)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('MedBook sandbox')
    const response =
      method === 'vnpay'
        ? await fetch(redirectUrl, {
            method: 'POST',
            headers: { 'content-type': 'application/x-www-form-urlencoded' },
            body: `decision=${decision}`,
            redirect: 'manual',
          })
        : await fetch(`${redirectUrl}/${decision}`, { method: 'POST', redirect: 'manual' })
    expect(response.status).toBe(302)
    return new URL(response.headers.get('location') ?? '')
  }

  beforeAll(async () => {
    db = await createTestDatabase()
    const owner = await db.prisma.user.create({
      data: { role: 'hospital', email: 'owner@pay.test', firstName: 'Chủ', lastName: 'Sở' },
    })
    const hospital = await db.prisma.hospital.create({
      data: {
        userId: owner.id,
        name: 'Phòng khám Thanh Toán',
        type: 'clinic',
        street: '5 Lý Thường Kiệt',
        city: 'Hà Nội',
        latitude: 21.02,
        longitude: 105.85,
        registrationNumber: 'PAY-001',
        status: 'active',
        verified: true,
        operatingHours: { create: DAYS.map((day) => ({ day, openTime: '07:00', closeTime: '21:00' })) },
      },
    })
    const service = await db.prisma.service.create({
      data: { name: 'Xét nghiệm máu', category: 'test', basePrice: 100_000 },
    })
    bloodTestId = (
      await db.prisma.hospitalService.create({
        data: { hospitalId: hospital.id, serviceId: service.id, price: BLOOD_TEST },
      })
    ).id
    const doctorUser = await db.prisma.user.create({
      data: { role: 'doctor', email: 'doctor@pay.test', firstName: 'Văn An', lastName: 'Phạm' },
    })
    const doctor = await db.prisma.doctor.create({
      data: {
        userId: doctorUser.id,
        hospitalId: hospital.id,
        licenseNumber: 'PAY-LIC',
        consultationFee: FEE,
        status: 'approved',
        onlineConsultationHours: { create: DAYS.map((day) => ({ day, startTime: '07:00', endTime: '21:00' })) },
        availability: {
          create: DAYS.flatMap((day) =>
            Array.from({ length: 14 }, (_, i) => {
              const start = 7 + i
              return {
                day,
                startTime: `${String(start).padStart(2, '0')}:00`,
                endTime: `${String(start).padStart(2, '0')}:30`,
                type: 'online' as const,
              }
            }),
          ),
        },
      },
    })
    doctorId = doctor.id
    await db.prisma.systemSetting.createMany({
      data: [
        { key: 'calendar.publicHolidays', value: [] },
        { key: 'booking.horizonDays', value: 30 },
      ],
    })
    await user('patient', 'lan@pay.test')
    await user('patient', 'other@pay.test')
    await user('hospital', 'desk@pay.test', hospital.id)
    server = await startServer({ db: db.prisma })
    ;({ client: patient, cookie } = await signIn('lan@pay.test'))
    ;({ client: otherPatient, cookie: otherCookie } = await signIn('other@pay.test'))
    ;({ client: staff, cookie: staffCookie } = await signIn('desk@pay.test'))
  }, 120_000)

  afterAll(async () => {
    await server?.close()
    await db?.close()
  })

  it('bills a booking with a service, holds it until paid, and settles it from VNPay’s IPN (SDK)', async () => {
    const quote = await patient.payments.quote.query({ doctorId, type: 'online', hospitalServiceIds: [bloodTestId] })
    expect(quote).toMatchObject({ subtotal: FEE + BLOOD_TEST, total: FEE + BLOOD_TEST, prepaymentRequired: true })
    expect(quote.charges.map((c) => c.amount)).toEqual([FEE, BLOOD_TEST])

    const booked = await bookOnline(48, { services: [bloodTestId] })
    expect(booked.bill.total).toBe(FEE + BLOOD_TEST)
    expect(booked.holdExpiresAt).not.toBeNull()

    const started = await patient.payments.start.mutate({ appointmentId: booked.id, method: 'vnpay' })
    expect(started.payment).toMatchObject({ status: 'pending', amount: FEE + BLOOD_TEST, paymentMethod: 'vnpay' })
    expect(started.redirectUrl).toContain('/sandbox/vnpay/paymentv2/vpcpay.html')
    const back = await payInSandbox(started.redirectUrl ?? '', 'vnpay')
    expect(back.pathname).toBe(`/payments/${started.payment.id}`)

    const paid = await patient.payments.get.query({ id: started.payment.id })
    expect(paid).toMatchObject({ status: 'completed', receiptUrl: `/files/receipts/${paid.id}.pdf` })
    expect(paid.transactionId).toBeTruthy()
    const appointment = await patient.appointments.get.query({ id: booked.id })
    expect(appointment).toMatchObject({ paymentStatus: 'completed', holdExpiresAt: null })
    expect(appointment.payment?.id).toBe(paid.id)
    const mine = await patient.payments.mine.query({})
    expect(mine.items.map((p) => p.id)).toContain(paid.id)
    await expect(otherPatient.payments.get.query({ id: paid.id })).rejects.toMatchObject({
      data: { code: 'NOT_FOUND' },
    })
  })

  it('answers duplicate and concurrent IPNs with one change, and refuses forged ones with VNPay’s codes', async () => {
    // the sandbox's IPN goes to a catcher instead of our server: we replay the real signed message
    const caught: string[] = []
    const catcher: Server = createServer((req, res) => {
      caught.push(req.url ?? '')
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"RspCode":"00","Message":"ok"}')
    })
    await new Promise<void>((resolve) => catcher.listen(0, '127.0.0.1', resolve))
    const booked = await bookOnline(50)
    const started = await patient.payments.start.mutate({ appointmentId: booked.id, method: 'vnpay' })
    server.services.payments.setCallbackOrigin(`http://127.0.0.1:${(catcher.address() as AddressInfo).port}`)
    try {
      await payInSandbox(started.redirectUrl ?? '', 'vnpay')
    } finally {
      server.services.payments.setCallbackOrigin(server.url)
      catcher.close()
    }
    const ipn = caught.find((url) => url.startsWith('/payments/ipn/vnpay?')) ?? ''
    expect(ipn).toContain('vnp_SecureHash=')
    expect((await patient.payments.get.query({ id: started.payment.id })).status).toBe('pending')

    const replies = await Promise.all(
      Array.from({ length: 8 }, () =>
        fetch(`${server.url}${ipn}`).then((r) => r.json() as Promise<{ RspCode: string }>),
      ),
    )
    expect(replies.filter((r) => r.RspCode === '00')).toHaveLength(1)
    expect(replies.filter((r) => r.RspCode === '02')).toHaveLength(7)
    const notices = await db.prisma.notification.count({
      where: { relatedToId: started.payment.id, type: 'payment_received' },
    })
    expect(notices).toBe(1)
    expect((await patient.payments.get.query({ id: started.payment.id })).status).toBe('completed')

    const url = new URL(ipn, server.url)
    const tampered = new URL(url)
    tampered.searchParams.set('vnp_Amount', String(Number(url.searchParams.get('vnp_Amount')) + 100))
    expect(await (await fetch(tampered)).json()).toMatchObject({ RspCode: '97' })
    const unsigned = new URL(url)
    unsigned.searchParams.delete('vnp_SecureHash')
    expect(await (await fetch(unsigned)).json()).toMatchObject({ RspCode: '97' })
    expect((await fetch(url, { method: 'POST' })).status).toBe(405)
  })

  it('refunds by policy when the patient cancels 30 hours ahead, through the gateway, and gives receipts', async () => {
    const booked = await bookOnline(30)
    const started = await patient.payments.start.mutate({ appointmentId: booked.id, method: 'momo' })
    await payInSandbox(started.redirectUrl ?? '', 'momo')
    expect((await patient.payments.get.query({ id: started.payment.id })).status).toBe('completed')

    const preview = await patient.payments.refundPreview.query({ appointmentId: booked.id })
    expect(preview).toMatchObject({ paid: FEE, refundAmount: FEE, percent: 100, rule: 'tier', minHoursBefore: 24 })
    await patient.appointments.cancel.mutate({ appointmentId: booked.id, reason: 'Có việc gia đình' })
    const refunded = await patient.payments.get.query({ id: started.payment.id })
    expect(refunded).toMatchObject({ status: 'refunded', refundAmount: FEE })
    expect(refunded.refunds).toMatchObject([{ kind: 'policy', status: 'completed', amount: FEE }])

    for (const lang of ['vi', 'en']) {
      const pdf = await fetch(`${server.url}/files/receipts/${refunded.id}.pdf?lang=${lang}`, { headers: { cookie } })
      expect(pdf.status).toBe(200)
      expect(pdf.headers.get('content-type')).toBe('application/pdf')
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-')
    }
    const staffPdf = await fetch(`${server.url}/files/receipts/${refunded.id}.pdf`, {
      headers: { cookie: staffCookie },
    })
    expect(staffPdf.status).toBe(200)
    await staffPdf.arrayBuffer()
    const stranger = await fetch(`${server.url}/files/receipts/${refunded.id}.pdf`, {
      headers: { cookie: otherCookie },
    })
    expect(stranger.status).toBe(404)
    await stranger.arrayBuffer()
    expect((await fetch(`${server.url}/files/receipts/${refunded.id}.pdf`)).status).toBe(404)
  })

  it('takes a promotion code’s discount off the bill, and gives the use back with a full refund', async () => {
    const admin = await db.prisma.user.create({
      data: { role: 'admin', email: 'admin@pay.test', firstName: 'Quản', lastName: 'Trị' },
    })
    const promotion = await db.prisma.promotion.create({
      data: {
        code: 'KHAMMOI50',
        discountType: 'percentage',
        discountValue: 50,
        maximumDiscount: 100_000,
        startDate: new Date(Date.now() - 86_400_000),
        endDate: new Date(Date.now() + 30 * 86_400_000),
        usageLimit: 5,
        createdById: admin.id,
      },
    })
    const quote = await patient.payments.quote.query({ doctorId, type: 'online', promotionCode: 'khammoi50' })
    expect(quote).toMatchObject({ discount: { code: 'KHAMMOI50', amount: 100_000 }, total: FEE - 100_000 })
    const refused = await patient.payments.quote.query({ doctorId, type: 'online', promotionCode: 'KHONGCO' })
    expect(refused).toMatchObject({ discount: null, total: FEE, promotionRefusal: 'not_found' })

    const booked = await bookOnline(40, { promotionCode: 'KHAMMOI50' })
    expect(booked.bill).toMatchObject({
      subtotal: FEE,
      discount: { code: 'KHAMMOI50', amount: 100_000 },
      total: FEE - 100_000,
    })
    const usage = async () => (await db.prisma.promotion.findUniqueOrThrow({ where: { id: promotion.id } })).usageCount
    expect(await usage()).toBe(1)
    // one use per patient by default
    await expect(bookOnline(41, { promotionCode: 'KHAMMOI50' })).rejects.toMatchObject({
      data: { code: 'CONFLICT' },
    })
    const started = await patient.payments.start.mutate({ appointmentId: booked.id, method: 'vnpay' })
    expect(started.payment.amount).toBe(FEE - 100_000)
    await payInSandbox(started.redirectUrl ?? '', 'vnpay')
    await patient.appointments.cancel.mutate({ appointmentId: booked.id, reason: 'Đổi kế hoạch' })
    expect(await patient.payments.get.query({ id: started.payment.id })).toMatchObject({
      status: 'refunded',
      refundAmount: FEE - 100_000,
    })
    expect(await usage()).toBe(0)
  })

  it('refunds a payment that arrives after its unpaid booking was released, automatically', async () => {
    const booked = await bookOnline(60)
    const started = await patient.payments.start.mutate({ appointmentId: booked.id, method: 'vnpay' })
    await releaseExpiredHolds(db.prisma, server.services, { now: new Date(Date.now() + 2 * HOUR) })
    expect((await patient.appointments.get.query({ id: booked.id })).status).toBe('cancelled')
    await payInSandbox(started.redirectUrl ?? '', 'vnpay')
    const late = await patient.payments.get.query({ id: started.payment.id })
    expect(late).toMatchObject({ status: 'refunded', refundAmount: FEE })
    expect(late.refunds).toMatchObject([{ kind: 'late_payment', status: 'completed' }])
  })

  it('finds a payment whose IPN never came by asking the gateway (querydr), and leaves a declined one failed', async () => {
    const booked = await bookOnline(70)
    const started = await patient.payments.start.mutate({ appointmentId: booked.id, method: 'vnpay' })
    server.services.payments.setCallbackOrigin('http://127.0.0.1:9')
    try {
      await payInSandbox(started.redirectUrl ?? '', 'vnpay')
    } finally {
      server.services.payments.setCallbackOrigin(server.url)
    }
    expect((await patient.payments.get.query({ id: started.payment.id })).status).toBe('pending')
    const settled = await reconcilePendingPayments(db.prisma, server.services, {
      now: new Date(Date.now() + 30 * 60_000),
    })
    expect(settled).toBeGreaterThanOrEqual(1)
    expect((await patient.payments.get.query({ id: started.payment.id })).status).toBe('completed')

    const other = await bookOnline(72)
    const declined = await patient.payments.start.mutate({ appointmentId: other.id, method: 'momo' })
    await payInSandbox(declined.redirectUrl ?? '', 'momo', 'decline')
    expect((await patient.payments.get.query({ id: declined.payment.id })).status).toBe('failed')
    expect((await patient.appointments.get.query({ id: other.id })).paymentStatus).toBe('failed')
  })

  it('leaves a payment pending, never failed, when the gateway does not answer its checkout', async () => {
    const booked = await bookOnline(85)
    server.services.payments.setCallbackOrigin('http://127.0.0.1:9')
    try {
      await expect(patient.payments.start.mutate({ appointmentId: booked.id, method: 'momo' })).rejects.toMatchObject({
        message: 'The payment gateway did not answer; try again or choose another method',
        data: { code: 'BAD_GATEWAY' },
      })
    } finally {
      server.services.payments.setCallbackOrigin(server.url)
    }
    const attempts = await db.prisma.payment.findMany({ where: { appointmentId: booked.id } })
    expect(attempts.map((p) => p.status)).toEqual(['pending'])
  })

  it('lets staff refund part of a MoMo payment within what was paid, once per idempotency key', async () => {
    const booked = await bookOnline(80)
    const started = await patient.payments.start.mutate({ appointmentId: booked.id, method: 'momo' })
    await payInSandbox(started.redirectUrl ?? '', 'momo')
    const ask = {
      paymentId: started.payment.id,
      amount: 100_000,
      reason: 'Giảm giá do chờ lâu',
      idempotencyKey: 'refund-key-1',
    }
    // the same request twice at once: one refund, and both answers show it done
    const [first, second] = await Promise.all([staff.payments.refund.mutate(ask), staff.payments.refund.mutate(ask)])
    expect(first.refundAmount).toBe(100_000)
    expect(second.refundAmount).toBe(100_000)
    expect(second.refunds).toHaveLength(1)
    await expect(
      staff.payments.refund.mutate({ ...ask, amount: FEE, idempotencyKey: 'refund-key-2' }),
    ).rejects.toMatchObject({ data: { code: 'BAD_REQUEST' } })
    await expect(staff.payments.refund.mutate({ ...ask, amount: 5_000 })).rejects.toMatchObject({
      data: { code: 'UNPROCESSABLE_CONTENT' },
    })
    const rest = await staff.payments.refund.mutate({ ...ask, amount: FEE - 100_000, idempotencyKey: 'refund-key-3' })
    expect(rest).toMatchObject({ status: 'refunded', refundAmount: FEE })
  })

  it('shows bank-transfer instructions as VietQR and confirms the transfer from a bank statement', async () => {
    const booked = await bookOnline(90)
    const started = await patient.payments.start.mutate({ appointmentId: booked.id, method: 'bank_transfer' })
    expect(started.transfer).toMatchObject({ amount: FEE, reference: started.payment.reference })
    expect(started.transfer?.qrPayload).toContain(started.payment.reference)
    expect(started.transfer?.qrSvg).toContain('<svg')
    const again = await patient.payments.start.mutate({ appointmentId: booked.id, method: 'bank_transfer' })
    expect(again.payment.id).toBe(started.payment.id)

    const statement = [
      'Ngày giao dịch;Số tiền ghi có;Nội dung',
      `03/12/2026;${FEE.toLocaleString('vi-VN')};NGUYEN THI LAN CK ${started.payment.reference}`,
    ].join('\n')
    const imported = await staff.payments.importStatement.mutate({ csv: statement })
    expect(imported.confirmed).toMatchObject([{ paymentId: started.payment.id }])
    expect((await patient.payments.get.query({ id: started.payment.id })).status).toBe('completed')
    const twice = await staff.payments.importStatement.mutate({ csv: statement })
    expect(twice.confirmed).toHaveLength(0)
  })
})
