import {
  ZAddress,
  ZAttachment,
  ZContactInfo,
  ZEmergencyContact,
  ZLabTest,
  ZMedicalHistoryEntry,
  ZMedication,
  ZPhoneNumber,
  ZPrescriptionItem,
  ZQualification,
} from '@medbook/contracts'
import { verify } from '@node-rs/argon2'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { Database } from '../src/database.js'
import {
  createAppointment,
  createDoctor,
  createHospital,
  createPatient,
  DEMO_LOGINS,
  DEMO_PASSWORD,
  isSeeded,
  seedDemoData,
} from '../src/seed/index.js'
import { createTestDatabase } from '../src/testing.js'

const NOW = new Date('2026-11-24T03:00:00.000Z')
const RANDOM_SEED = 20261124

/** Rows and a digest of every column of every row, per table: equal fingerprints, equal data. */
async function fingerprint(db: Database): Promise<Record<string, string>> {
  const tables = [
    'users',
    'hospitals',
    'doctors',
    'doctor_availability_slots',
    'patients',
    'family_members',
    'appointments',
    'payments',
    'medical_records',
    'reviews',
    'notifications',
    'messages',
    'activity_logs',
  ]
  const prints: Record<string, string> = {}
  for (const table of tables) {
    const { rows } = await db.pool.query<{ count: number; digest: string }>(
      `SELECT count(*)::int AS count, md5(string_agg(t::text, E'\\n' ORDER BY t.id)) AS digest FROM "${table}" t`,
    )
    prints[table] = `${rows[0]?.count}:${rows[0]?.digest}`
  }
  return prints
}

async function scalar(db: Database, sql: string): Promise<number> {
  const { rows } = await db.pool.query<{ value: number }>(sql)
  return Number(rows[0]?.value)
}

describe('demo data seed', () => {
  let db: Database
  let counts: Record<string, number>
  let seededBefore: boolean

  beforeAll(async () => {
    db = await createTestDatabase()
    seededBefore = await isSeeded(db.prisma)
    counts = await seedDemoData(db, { scale: 'default', randomSeed: RANDOM_SEED, now: NOW })
  })
  afterAll(async () => {
    await db?.close()
  })

  it('tells an empty database from a seeded one', async () => {
    expect(seededBefore).toBe(false)
    expect(await isSeeded(db.prisma)).toBe(true)
  })

  it('seeds at least the promised amounts, and reports what it wrote', async () => {
    const minimums = { hospitals: 30, specialties: 20, doctors: 300, patients: 2000, appointments: 20_000 }
    for (const [table, minimum] of Object.entries(minimums)) {
      expect(counts[table], table).toBeGreaterThanOrEqual(minimum)
      expect(await scalar(db, `SELECT count(*) AS value FROM "${table}"`), table).toBe(counts[table])
    }
    for (const table of ['services', 'hospital_services', 'hospital_operating_hours', 'doctor_availability_slots']) {
      expect(counts[table], table).toBeGreaterThan(0)
    }
    for (const table of ['medical_records', 'reviews', 'payments', 'notifications', 'conversations', 'messages']) {
      expect(counts[table], table).toBeGreaterThan(0)
    }
    // some conversations are with a hospital's desk, most with a doctor
    const desks = await scalar(db, `SELECT count(*) AS value FROM conversations WHERE "hospitalId" IS NOT NULL`)
    expect(desks).toBeGreaterThan(0)
    expect(desks).toBeLessThan(counts.conversations ?? 0)
    for (const table of [
      'promotions',
      'promotion_services',
      'promotion_hospitals',
      'activity_logs',
      'system_settings',
    ]) {
      expect(counts[table], table).toBeGreaterThan(0)
    }
    expect(await scalar(db, 'SELECT count(DISTINCT city) AS value FROM hospitals')).toBeGreaterThanOrEqual(5)
  })

  it('has appointments in every status, in the past and in the future', async () => {
    const { rows } = await db.pool.query<{ status: string; past: boolean }>(
      `SELECT DISTINCT status::text AS status, "startsAt" < $1 AS past FROM appointments`,
      [NOW],
    )
    const statuses = new Set(rows.map((row) => row.status))
    expect([...statuses].sort()).toEqual(['cancelled', 'completed', 'no_show', 'rescheduled', 'scheduled'])
    expect(rows.some((row) => row.status === 'scheduled' && !row.past)).toBe(true)
    expect(rows.some((row) => row.status === 'completed' && row.past)).toBe(true)
  })

  it('has records drafted, shared and amended, and reviews in every moderation state, with ratings that match them', async () => {
    const { rows: records } = await db.pool.query<{ shared: boolean; version: number; versions: number }>(
      `SELECT DISTINCT "isSharedWithPatient" AS shared, version,
              (SELECT count(*) FROM medical_record_versions v WHERE v."recordId" = r.id)::int AS versions
         FROM medical_records r`,
    )
    expect(records.some((row) => !row.shared)).toBe(true)
    expect(records.some((row) => row.shared && row.version === 1 && row.versions === 0)).toBe(true)
    expect(records.some((row) => row.shared && row.version === 2 && row.versions === 1)).toBe(true)
    expect(records.every((row) => row.version === row.versions + 1)).toBe(true)
    const { rows: reviews } = await db.pool.query<{ status: string }>(
      `SELECT DISTINCT status::text AS status FROM reviews`,
    )
    expect(reviews.map((row) => row.status).sort()).toEqual(['approved', 'pending', 'rejected', 'removed'])
    expect(await scalar(db, `SELECT count(*) AS value FROM review_reports WHERE "resolvedAt" IS NULL`)).toBeGreaterThan(
      0,
    )
    expect(
      await scalar(
        db,
        `SELECT count(*) AS value FROM doctors d WHERE "ratingCount" <>
           (SELECT count(*) FROM reviews r WHERE r."doctorId" = d.id AND r."isApproved")`,
      ),
    ).toBe(0)
  })

  it('keeps appointments consistent beyond what the constraints check', async () => {
    const inconsistencies = {
      'appointmentDate is not the local day of startsAt': `SELECT count(*) AS value FROM appointments
         WHERE "appointmentDate" <> ("startsAt" AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`,
      'a rescheduled appointment has no successor': `SELECT count(*) AS value FROM appointments a
         WHERE status = 'rescheduled' AND NOT EXISTS (SELECT 1 FROM appointments n WHERE n."rescheduledFromId" = a.id)`,
      'a successor is not the same patient, later': `SELECT count(*) AS value FROM appointments n
         JOIN appointments a ON a.id = n."rescheduledFromId"
         WHERE a."patientId" <> n."patientId" OR a."startsAt" >= n."startsAt"`,
      'an online visit has a queue number': `SELECT count(*) AS value FROM appointments
         WHERE type = 'online' AND "queueNumber" IS NOT NULL`,
      'a completed visit is in the future': `SELECT count(*) AS value FROM appointments
         WHERE status IN ('completed', 'no_show') AND "endsAt" > '${NOW.toISOString()}'`,
      'something was created after now': `SELECT (SELECT count(*) FROM appointments WHERE "createdAt" > '${NOW.toISOString()}')
         + (SELECT count(*) FROM notifications WHERE "createdAt" > '${NOW.toISOString()}') AS value`,
      'a payment is not the appointment fee': `SELECT count(*) AS value FROM payments p
         JOIN appointments a ON a.id = p."appointmentId" JOIN doctors d ON d.id = a."doctorId"
         WHERE p.amount <> d."consultationFee"`,
      'a conversation lacks its last message': `SELECT count(*) AS value FROM conversations WHERE "lastMessageId" IS NULL`,
      'a desk conversation is answered by another hospital': `SELECT count(*) AS value FROM conversations c
         JOIN conversation_participants p ON p."conversationId" = c.id AND p.role = 'hospital'
         JOIN hospitals h ON h.id = c."hospitalId"
         WHERE p."userId" <> h."userId"`,
      'a conversation is about another hospital’s visit': `SELECT count(*) AS value FROM conversations c
         JOIN appointments a ON a.id = c."appointmentId"
         WHERE c."hospitalId" IS NOT NULL AND c."hospitalId" <> a."hospitalId"`,
    }
    for (const [problem, sql] of Object.entries(inconsistencies)) expect(await scalar(db, sql), problem).toBe(0)
  })

  it('creates the demo logins with their roles and the demo password', async () => {
    expect(new Set(DEMO_LOGINS.map((login) => login.role))).toEqual(new Set(['patient', 'doctor', 'hospital', 'admin']))
    for (const login of DEMO_LOGINS) {
      const user = await db.prisma.user.findUnique({
        where: { email: login.email },
        include: { patient: true, doctor: true, hospital: true },
      })
      expect(user, login.email).not.toBeNull()
      expect(user?.role).toBe(login.role)
      expect(user?.status).toBe('active')
      expect(user?.verificationStatus).toBe(true)
      expect(`${user?.lastName} ${user?.firstName}`).toBe(login.name)
      expect(login.password).toBe(DEMO_PASSWORD)
      expect(await verify(user?.password ?? '', DEMO_PASSWORD)).toBe(true)
      if (login.role === 'patient') expect(user?.patient).not.toBeNull()
      if (login.role === 'doctor') expect(user?.doctor?.status).toBe('approved')
      if (login.role === 'hospital') expect(user?.hospital?.status).toBe('active')
    }
    const demoPatientVisits = await db.prisma.appointment.count({
      where: { patient: { user: { email: 'patient@medbook.vn' } } },
    })
    expect(demoPatientVisits).toBeGreaterThan(10)
  })

  it('gives users Vietnamese names and unique +84 mobile numbers in E.164', async () => {
    const users = await db.prisma.user.findMany({
      select: { firstName: true, lastName: true, phoneNumber: true },
      take: 500,
    })
    for (const user of users) {
      expect(user.phoneNumber).toMatch(/^\+849\d{8}$/)
      expect(user.firstName.split(' ').length).toBeGreaterThanOrEqual(2)
    }
    expect(await scalar(db, 'SELECT count(*) - count(DISTINCT "phoneNumber") AS value FROM users')).toBe(0)
  })

  it('stores every phone number as the contracts normalise it, so lookups by phone find it', async () => {
    const { rows } = await db.pool.query<{ phone: string }>(`
      SELECT "phoneNumber" AS phone FROM users WHERE "phoneNumber" IS NOT NULL
      UNION ALL SELECT "phoneNumber" FROM family_members WHERE "phoneNumber" IS NOT NULL
      UNION ALL SELECT "emergencyContact"->>'phoneNumber' FROM patients WHERE "emergencyContact" IS NOT NULL
      UNION ALL SELECT "contactInfo"->>'phoneNumber' FROM hospitals`)
    expect(rows.length).toBeGreaterThan(100)
    expect(rows.filter(({ phone }) => ZPhoneNumber.safeParse(phone).data !== phone)).toEqual([])
  })

  it('stores JSON columns in the shapes the contracts describe', async () => {
    const take = 300
    const users = await db.prisma.user.findMany({ select: { address: true }, take })
    for (const user of users) ZAddress.parse(user.address)
    const patients = await db.prisma.patient.findMany({ take })
    for (const patient of patients) {
      z.array(ZMedicalHistoryEntry).parse(patient.medicalHistory)
      z.array(ZMedication).parse(patient.medications)
      ZEmergencyContact.nullable().parse(patient.emergencyContact)
    }
    const family = await db.prisma.familyMember.findMany({ select: { medicalHistory: true }, take })
    for (const member of family) z.array(ZMedicalHistoryEntry).parse(member.medicalHistory)
    const doctors = await db.prisma.doctor.findMany({ select: { qualifications: true }, take })
    for (const doctor of doctors) expect(z.array(ZQualification).parse(doctor.qualifications).length).toBeGreaterThan(0)
    const hospitals = await db.prisma.hospital.findMany({ select: { contactInfo: true } })
    for (const hospital of hospitals) ZContactInfo.parse(hospital.contactInfo)
    const records = await db.prisma.medicalRecord.findMany({ select: { prescription: true, labTests: true }, take })
    for (const record of records) {
      z.array(ZPrescriptionItem).parse(record.prescription)
      z.array(ZLabTest).parse(record.labTests)
    }
    const messages = await db.prisma.message.findMany({ select: { attachments: true }, take })
    for (const message of messages) z.array(ZAttachment).parse(message.attachments)
  })

  it('seeds the booking settings', async () => {
    const settings = await db.prisma.systemSetting.findMany()
    const values = Object.fromEntries(settings.map((setting) => [setting.key, setting.value]))
    expect(values).toMatchObject({
      'booking.horizonDays': 60,
      'booking.minimumNoticeMinutes': 120,
      'booking.cancellationCutoffHours': 4,
      'booking.holdMinutes': 15,
      'reminders.offsetsMinutes': [1440, 120],
    })
  })

  it('fills the precomputed slot days, from the UTC day before now to past the horizon', async () => {
    const coverage = await db.pool.query<{ from: string; to: string }>(
      `SELECT to_char("fromDate", 'YYYY-MM-DD') AS from, to_char("toDate", 'YYYY-MM-DD') AS to FROM slot_days_coverage`,
    )
    expect(coverage.rows).toEqual([{ from: '2026-11-23', to: '2027-01-31' }])
    // what the triggers and the roll keep equals a fresh computation, row for row
    const { rows } = await db.pool.query<{ kept: string; differing: string }>(`
      WITH fresh AS (SELECT * FROM medbook_compute_slot_days(NULL, '2026-11-23', '2027-01-31',
                                  (SELECT holidays FROM slot_days_coverage)))
      SELECT (SELECT count(*) FROM doctor_slot_days) AS kept,
             (SELECT count(*) FROM ((SELECT * FROM doctor_slot_days EXCEPT SELECT * FROM fresh)
                                    UNION ALL (SELECT * FROM fresh EXCEPT SELECT * FROM doctor_slot_days)) d) AS differing`)
    expect(Number(rows[0]?.kept)).toBeGreaterThan(1000)
    expect(rows[0]?.differing).toBe('0')
  })

  it('gives the same data for the same seed and now', async () => {
    const again = await createTestDatabase()
    try {
      await seedDemoData(again, { scale: 'default', randomSeed: RANDOM_SEED, now: NOW })
      expect(await fingerprint(again)).toEqual(await fingerprint(db))
    } finally {
      await again.close()
    }
    // a second whole seed, slot days included
  }, 180_000)

  it('builds fixtures that live alongside the demo data', async () => {
    const hospital = await createHospital(db, { city: 'Đà Nẵng' })
    const doctor = await createDoctor(db, { hospital })
    const patient = await createPatient(db)
    const appointment = await createAppointment(db, { patient, doctor, startsAt: new Date('2027-03-01T02:00:00Z') })
    const stored = await db.prisma.appointment.findUniqueOrThrow({
      where: { id: appointment.id },
      include: { doctor: true },
    })
    expect(stored.doctor.hospitalId).toBe(hospital.hospital.id)
    expect(stored.queueNumber).toBe(1)
    expect(hospital.hospital.city).toBe('Đà Nẵng')
  })
  it('builds fixture accounts that can sign in, every time (the seed leaves some unverified at random)', async () => {
    const hospital = await createHospital(db)
    const accounts = [hospital.user]
    for (let i = 0; i < 60; i++) {
      accounts.push((await createPatient(db)).user, (await createDoctor(db, { hospital })).user)
    }
    const stored = await db.prisma.user.findMany({ where: { id: { in: accounts.map((user) => user.id) } } })
    expect(stored).toHaveLength(accounts.length)
    expect(stored.filter((user) => !user.verificationStatus || user.status !== 'active')).toEqual([])
  })
})
