import { randomInt } from 'node:crypto'
import type pg from 'pg'
import type {
  Appointment,
  AppointmentStatus,
  ConsultationType,
  HospitalStatus,
  HospitalType,
} from '../generated/prisma/client.js'
import { insertRows } from './bulk.js'
import { buildCatalogue, type Catalogue } from './catalogue.js'
import { buildDoctor, type SeededDoctor } from './doctors.js'
import { buildHospital, type SeededHospital } from './hospitals.js'
import { buildPatient, type SeededPatient } from './patients.js'
import { CITIES, type City } from './places.js'
import { itemAt, Random } from './random.js'
import { SERVICES } from './service-catalogue.js'
import { SPECIALTIES } from './specialty-catalogue.js'
import { calendarDate, localDateOf, MINUTE } from './time.js'
import { demoPasswordHash, FIXTURE_INDEX_BASE } from './users.js'

// Test fixtures: the seed's own builders, inserted a few rows at a time. Their users are
// numbered from FIXTURE_INDEX_BASE on, starting at a random point per process, so that
// fixtures never collide with the demo data or with each other.

type FixtureTarget = { pool: pg.Pool }

const run = randomInt(0, 4_000_000)
let created = 0

function nextFixture(): { index: number; random: Random } {
  const ordinal = (run + created++) % 4_000_000
  return { index: FIXTURE_INDEX_BASE + ordinal, random: new Random(`fixture:${run}:${ordinal}`) }
}

/**
 * A fixture's account can sign in: the seed leaves 5 % of its accounts unverified at random, which
 * made a test that logs a fixture in fail about one run in twenty.
 */
function verifiedAccount<T extends { user: { verificationStatus: boolean } }>(seeded: T): T {
  seeded.user.verificationStatus = true
  return seeded
}

function cityNamed(name: string | undefined): City {
  return CITIES.find((city) => city.name === name) ?? itemAt(CITIES, 0)
}

/**
 * The specialties and services catalogue: read from the database, or inserted when it has none.
 * Only entries the seed knows (by slug and name) are returned.
 */
export async function createCatalogue(target: FixtureTarget): Promise<Catalogue> {
  const existing = await target.pool.query<{ id: string; slug: string }>('SELECT id, slug FROM "specialties"')
  const standard = buildCatalogue(randomInt(0, 2 ** 31), new Date())
  if (existing.rowCount === 0) {
    await insertRows(
      target.pool,
      'specialties',
      standard.specialties.map((entry) => entry.row),
    )
    await insertRows(
      target.pool,
      'services',
      standard.services.map((entry) => entry.row),
    )
    return standard
  }
  const services = await target.pool.query('SELECT * FROM "services"')
  const specialties = await target.pool.query('SELECT * FROM "specialties"')
  return {
    specialties: specialties.rows.flatMap((row) => {
      const definition = SPECIALTIES.find((entry) => entry.slug === row.slug)
      return definition ? [{ row, definition }] : []
    }),
    services: services.rows.flatMap((row) => {
      const definition = SERVICES.find((entry) => entry.name === row.name)
      return definition ? [{ row, definition }] : []
    }),
  }
}

export async function createHospital(
  target: FixtureTarget,
  options: {
    catalogue?: Catalogue
    city?: string
    type?: HospitalType
    status?: HospitalStatus
    verified?: boolean
  } = {},
): Promise<SeededHospital> {
  const catalogue = options.catalogue ?? (await createCatalogue(target))
  const { index, random } = nextFixture()
  const seeded = verifiedAccount(
    buildHospital(random, {
      index,
      city: cityNamed(options.city),
      now: new Date(),
      passwordHash: await demoPasswordHash(),
      catalogue,
      type: options.type ?? 'hospital',
      status: options.status ?? 'active',
      verified: options.verified ?? true,
    }),
  )
  await insertRows(target.pool, 'users', [seeded.user])
  await insertRows(target.pool, 'hospitals', [seeded.hospital])
  await insertRows(target.pool, 'hospital_operating_hours', seeded.operatingHours)
  await insertRows(target.pool, 'hospital_specialties', seeded.specialties)
  await insertRows(target.pool, 'hospital_services', seeded.services)
  return seeded
}

export async function createDoctor(
  target: FixtureTarget,
  options: { hospital: SeededHospital; status?: SeededDoctor['doctor']['status'] },
): Promise<SeededDoctor> {
  const { index, random } = nextFixture()
  const { hospital } = options
  const seeded = verifiedAccount(
    buildDoctor(random, {
      index,
      now: new Date(),
      passwordHash: await demoPasswordHash(),
      status: options.status ?? 'approved',
      workplace: {
        id: hospital.hospital.id,
        name: hospital.hospital.name,
        city: hospital.city,
        createdAt: hospital.hospital.createdAt,
        openingHours: hospital.operatingHours,
        specialtyChoices: hospital.specialtyChoices,
      },
    }),
  )
  await insertRows(target.pool, 'users', [seeded.user])
  await insertRows(target.pool, 'doctors', [seeded.doctor])
  await insertRows(target.pool, 'doctor_specialties', seeded.specialties)
  await insertRows(target.pool, 'doctor_availability_slots', seeded.availability)
  await insertRows(target.pool, 'doctor_online_hours', seeded.onlineHours)
  return seeded
}

export async function createPatient(target: FixtureTarget, options: { city?: string } = {}): Promise<SeededPatient> {
  const { index, random } = nextFixture()
  const seeded = verifiedAccount(
    buildPatient(random, {
      index,
      now: new Date(),
      passwordHash: await demoPasswordHash(),
      city: cityNamed(options.city),
    }),
  )
  await insertRows(target.pool, 'users', [seeded.user])
  await insertRows(target.pool, 'patients', [seeded.patient])
  await insertRows(target.pool, 'family_members', seeded.familyMembers)
  return seeded
}

/** One appointment of `patient` with `doctor` at `startsAt` (30 minutes), next in the day's queue. */
export async function createAppointment(
  target: FixtureTarget,
  options: {
    patient: SeededPatient
    doctor: SeededDoctor
    startsAt: Date
    type?: ConsultationType
    status?: AppointmentStatus
  },
): Promise<Appointment> {
  const { random } = nextFixture()
  const type = options.type ?? 'in_person'
  const status = options.status ?? 'scheduled'
  const appointmentDate = calendarDate(localDateOf(options.startsAt))
  let queueNumber: number | null = null
  if (type === 'in_person') {
    const { rows } = await target.pool.query<{ next: number }>(
      'SELECT coalesce(max("queueNumber"), 0) + 1 AS next FROM "appointments" WHERE "doctorId" = $1 AND "appointmentDate" = $2',
      [options.doctor.doctor.id, localDateOf(options.startsAt)],
    )
    queueNumber = rows[0]?.next ?? 1
  }
  const createdAt = new Date()
  const appointment: Appointment = {
    id: random.uuid(),
    patientId: options.patient.patient.id,
    familyMemberId: null,
    doctorId: options.doctor.doctor.id,
    hospitalId: options.doctor.doctor.hospitalId,
    appointmentDate,
    startsAt: options.startsAt,
    endsAt: new Date(options.startsAt.getTime() + 30 * MINUTE),
    type,
    status,
    reasonForVisit: random.pick(options.doctor.primarySpecialty.reasons),
    symptoms: random.sample(options.doctor.primarySpecialty.symptoms, 2),
    notes: null,
    queueNumber,
    rescheduledFromId: null,
    createdAt,
    updatedAt: createdAt,
    cancelledBy: status === 'cancelled' ? 'patient' : null,
    cancellationReason: status === 'cancelled' ? 'Bận việc đột xuất' : null,
    reminderSent: false,
    confirmationSent: true,
    paymentStatus: 'pending',
    paymentId: null,
    holdExpiresAt: null,
    idempotencyKey: null,
    idempotencyFingerprint: null,
    bookedById: options.patient.user.id,
    subtotalAmount: options.doctor.doctor.consultationFee,
    discountAmount: 0,
    totalAmount: options.doctor.doctor.consultationFee,
  }
  await insertRows(target.pool, 'appointments', [appointment])
  await insertRows(target.pool, 'appointment_charges', [
    {
      id: random.uuid(),
      appointmentId: appointment.id,
      kind: 'consultation',
      hospitalServiceId: null,
      description: 'Khám bệnh',
      amount: appointment.totalAmount,
      position: 0,
    },
  ])
  return appointment
}
