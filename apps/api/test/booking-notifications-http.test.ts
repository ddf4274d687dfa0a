import { createServices, defaultApiConfig, hashPassword, type JobWorker, startJobWorker } from '@medbook/api'
import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createClient, type MedBookClient } from '../../../packages/sdk/src/index.js'
import { type RunningServer, startServer } from '../src/server.js'

const DAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'] as const
const PASSWORD = 'Xac-nhan-2026'

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (done(value) || Date.now() > deadline) return value
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** With the job worker running, a booking answers at once and its confirmation email follows from the queue. */
describe('booking over HTTP: the confirmation email goes through the job queue', () => {
  let db: Database
  let server: RunningServer
  let worker: JobWorker
  let patient: MedBookClient
  let doctorId: string
  const sent: Array<{ to: string; subject: string; at: number }> = []
  let openSmtp: () => void = () => {}
  const smtpOpen = new Promise<void>((resolve) => {
    openSmtp = resolve
  })

  beforeAll(async () => {
    db = await createTestDatabase()
    const owner = await db.prisma.user.create({
      data: { role: 'hospital', email: 'owner@notify.test', firstName: 'A', lastName: 'B' },
    })
    const hospital = await db.prisma.hospital.create({
      data: {
        userId: owner.id,
        name: 'Bệnh viện Xác Nhận',
        type: 'hospital',
        street: '3 Bà Triệu',
        city: 'Hà Nội',
        latitude: 21.02,
        longitude: 105.85,
        registrationNumber: 'NOTIFY-1',
        status: 'active',
        verified: true,
        operatingHours: { create: DAYS.map((day) => ({ day, openTime: '08:00', closeTime: '12:00' })) },
      },
    })
    const doctorUser = await db.prisma.user.create({
      data: { role: 'doctor', email: 'doctor@notify.test', firstName: 'Hải', lastName: 'Vũ' },
    })
    doctorId = (
      await db.prisma.doctor.create({
        data: {
          userId: doctorUser.id,
          hospitalId: hospital.id,
          licenseNumber: 'NOTIFY-LIC',
          consultationFee: 200_000,
          status: 'approved',
          availability: {
            create: DAYS.flatMap((day) =>
              ['09:00', '09:30'].map((startTime, i) => ({
                day,
                startTime,
                endTime: i === 0 ? '09:30' : '10:00',
                type: 'in_person' as const,
              })),
            ),
          },
        },
      })
    ).id
    await db.prisma.systemSetting.create({ data: { key: 'calendar.publicHolidays', value: [] } })
    await db.prisma.user.create({
      data: {
        role: 'patient',
        email: 'patient@notify.test',
        password: await hashPassword(PASSWORD),
        firstName: 'Nga',
        lastName: 'Lê',
        verificationStatus: true,
        patient: { create: {} },
      },
    })
    const base = createServices(defaultApiConfig())
    // an SMTP server that holds every email until the test opens it: a booking that waited for
    // its email would never answer
    const services = {
      ...base,
      mailer: {
        describe: () => 'held test mailer',
        async send(mail: { to: string; subject: string }) {
          await smtpOpen
          sent.push({ to: mail.to, subject: mail.subject, at: Date.now() })
        },
      },
    }
    server = await startServer({ db: db.prisma, services })
    worker = await startJobWorker({ db: db.prisma, pool: db.pool, services })
    const { sessionToken } = await createClient({ baseUrl: server.url }).auth.login.mutate({
      identifier: 'patient@notify.test',
      password: PASSWORD,
    })
    patient = createClient({ baseUrl: server.url, headers: { authorization: `Bearer ${sessionToken}` } })
  })
  afterAll(async () => {
    openSmtp()
    await worker?.stop()
    await server?.close()
    await db?.close()
  })

  it('answers before the email is sent; the job sends it and marks the confirmation', async () => {
    const tomorrow = new Date(Date.now() + 36 * 3_600_000).toISOString().slice(0, 10)
    const { slots } = await patient.availability.slots.query({ doctorId, from: tomorrow, to: tomorrow })
    const slot = slots[0]
    if (!slot) throw new Error('no slot tomorrow')

    const booked = await patient.appointments.book.mutate({ doctorId, startsAt: slot.startsAt, type: 'in_person' })
    expect(sent).toEqual([])
    const pending = await db.prisma.notification.findFirstOrThrow({
      where: { relatedToId: booked.id, type: 'appointment_confirmation' },
    })
    expect(pending.deliveryStatus).toBe('pending')
    openSmtp()

    const delivered = await until(
      () => db.prisma.notification.findUniqueOrThrow({ where: { id: pending.id } }),
      (row) => row.deliveryStatus !== 'pending',
    )
    expect(delivered.deliveryStatus).toBe('sent')
    expect(sent).toEqual([
      { to: 'patient@notify.test', subject: expect.stringContaining('Appointment booked'), at: expect.any(Number) },
    ])
    expect((await db.prisma.appointment.findUniqueOrThrow({ where: { id: booked.id } })).confirmationSent).toBe(true)

    // a cancellation's email goes the same way
    await patient.appointments.cancel.mutate({ appointmentId: booked.id, reason: 'Bận việc' })
    await until(
      async () => sent.length,
      (count) => count === 2,
    )
    expect(sent[1]?.subject).toContain('cancelled')
  })
})
