import type {
  ActivityLog,
  Doctor,
  DoctorAvailabilitySlot,
  DoctorOnlineHours,
  DoctorSpecialty,
  DoctorStatus,
  FamilyMember,
  Hospital,
  HospitalOperatingHours,
  HospitalService,
  HospitalSpecialty,
  HospitalStatus,
  HospitalType,
  Notification,
  Patient,
  PatientFavoriteDoctor,
  Promotion,
  PromotionHospital,
  PromotionService,
  Service,
  Specialty,
  SystemSetting,
  User,
  UserStatus,
} from '../generated/prisma/client.js'
import { loginActivity } from './activity.js'
import type { BookableDoctor } from './appointments.js'
import type { BulkWriter } from './bulk.js'
import { buildCatalogue } from './catalogue.js'
import { buildDoctor } from './doctors.js'
import { buildHospital, type SeededHospital } from './hospitals.js'
import { verificationNotification } from './notifications.js'
import { buildPatient } from './patients.js'
import { allocateByCity, CITIES } from './places.js'
import { buildPromotions } from './promotions.js'
import { itemAt, Random, Weighted } from './random.js'
import type { ScalePlan } from './scale.js'
import { buildSystemSettings } from './settings.js'
import { DAY } from './time.js'
import { buildUser } from './users.js'

/** What the appointment phase needs to know of the people and places seeded before it. */
export interface Directory {
  bookableDoctors: BookableDoctor[]
  patientIds: string[]
  patientUserIds: string[]
  /** family member ids per patient index, for the few who have any */
  familyMemberIds: Map<number, string[]>
}

export interface DirectoryContext {
  seed: number
  now: Date
  plan: ScalePlan
  passwordHash: string
}

const HOSPITAL_TYPES = new Weighted<HospitalType>([
  ['hospital', 40],
  ['clinic', 40],
  ['specialized_center', 20],
])
const DOCTOR_STATUSES = new Weighted<DoctorStatus>([
  ['approved', 88],
  ['pending', 8],
  ['rejected', 4],
])
const PATIENT_STATUSES = new Weighted<UserStatus>([
  ['active', 97],
  ['inactive', 2],
  ['blocked', 1],
])
const CITY_OF_PATIENT = new Weighted(CITIES.map((city) => [city, city.weight] as const))
/** how many doctors a facility of each kind employs, relatively */
const STAFFING: Record<HospitalType, number> = { hospital: 3, specialized_center: 1.5, clinic: 1 }

function openSinks(writer: BulkWriter) {
  return {
    users: writer.sink<User>('users', { json: ['address', 'otp'] }),
    specialties: writer.sink<Specialty>('specialties'),
    services: writer.sink<Service>('services'),
    hospitals: writer.sink<Hospital>('hospitals', { json: ['contactInfo'] }),
    operatingHours: writer.sink<HospitalOperatingHours>('hospital_operating_hours'),
    hospitalSpecialties: writer.sink<HospitalSpecialty>('hospital_specialties'),
    hospitalServices: writer.sink<HospitalService>('hospital_services'),
    doctors: writer.sink<Doctor>('doctors', { json: ['qualifications'] }),
    doctorSpecialties: writer.sink<DoctorSpecialty>('doctor_specialties'),
    availability: writer.sink<DoctorAvailabilitySlot>('doctor_availability_slots'),
    onlineHours: writer.sink<DoctorOnlineHours>('doctor_online_hours'),
    patients: writer.sink<Patient>('patients', { json: ['medicalHistory', 'medications', 'emergencyContact'] }),
    familyMembers: writer.sink<FamilyMember>('family_members', { json: ['medicalHistory'] }),
    favorites: writer.sink<PatientFavoriteDoctor>('patient_favorite_doctors'),
    promotions: writer.sink<Promotion>('promotions'),
    promotionServices: writer.sink<PromotionService>('promotion_services'),
    promotionHospitals: writer.sink<PromotionHospital>('promotion_hospitals'),
    settings: writer.sink<SystemSetting>('system_settings', { json: ['value'] }),
    notifications: writer.sink<Notification>('notifications'),
    activity: writer.sink<ActivityLog>('activity_logs', { json: ['details'] }),
  }
}

type DirectorySinks = ReturnType<typeof openSinks>

function pushUser(sinks: DirectorySinks, random: Random, user: User) {
  sinks.users.push(user)
  for (const log of loginActivity(random, user)) sinks.activity.push(log)
}

/** Hospital statuses: index 0 (the demo hospital) active; a few pending and inactive ones. */
function drawHospitalStatuses(random: Random, count: number): Array<{ status: HospitalStatus; verified: boolean }> {
  const statuses = Array.from({ length: count }, () => ({ status: 'active' as HospitalStatus, verified: true }))
  const others = Array.from({ length: Math.max(0, count - 1) }, (_, index) => index + 1)
  const pending = Math.max(2, Math.round(count * 0.05))
  const inactive = Math.max(1, Math.round(count * 0.03))
  const unverified = Math.round(count * 0.02)
  random.sample(others, pending + inactive + unverified).forEach((index, order) => {
    statuses[index] =
      order < pending
        ? { status: 'pending', verified: false }
        : order < pending + inactive
          ? { status: 'inactive', verified: true }
          : { status: 'active', verified: false }
  })
  return statuses
}

function seedHospitals(sinks: DirectorySinks, context: DirectoryContext, catalogue: ReturnType<typeof buildCatalogue>) {
  const { seed, now, plan, passwordHash } = context
  const random = Random.derive(seed, 'hospitals')
  const cityCounts = allocateByCity(plan.hospitals, 3)
  const cities = CITIES.flatMap((city, index) => Array.from({ length: cityCounts[index] ?? 0 }, () => city))
  const statuses = drawHospitalStatuses(random, plan.hospitals)
  const takenNames = new Set<string>()
  const hospitals: SeededHospital[] = []
  for (let index = 0; index < plan.hospitals; index++) {
    const seeded = buildHospital(Random.derive(seed, 'hospital', index), {
      index,
      city: itemAt(cities, index),
      now,
      passwordHash,
      catalogue,
      type: index === 0 ? 'hospital' : HOSPITAL_TYPES.draw(random),
      ...itemAt(statuses, index),
      takenNames,
    })
    pushUser(sinks, random, seeded.user)
    sinks.hospitals.push(seeded.hospital)
    for (const row of seeded.operatingHours) sinks.operatingHours.push(row)
    for (const row of seeded.specialties) sinks.hospitalSpecialties.push(row)
    for (const row of seeded.services) sinks.hospitalServices.push(row)
    hospitals.push(seeded)
  }
  return hospitals
}

function seedDoctors(sinks: DirectorySinks, context: DirectoryContext, hospitals: readonly SeededHospital[]) {
  const { seed, now, plan, passwordHash } = context
  const random = Random.derive(seed, 'doctors')
  const employer = new Weighted(hospitals.map((entry) => [entry, STAFFING[entry.hospital.type]] as const))
  const bookable: BookableDoctor[] = []
  const approvedIds: string[] = []
  for (let index = 0; index < plan.doctors; index++) {
    // Every facility gets one doctor first; the rest go where the staff is.
    const workplace = index < hospitals.length ? itemAt(hospitals, index) : employer.draw(random)
    const status: DoctorStatus = workplace.hospital.status === 'pending' ? 'pending' : DOCTOR_STATUSES.draw(random)
    const seeded = buildDoctor(Random.derive(seed, 'doctor', index), {
      index,
      now,
      passwordHash,
      status,
      workplace: {
        id: workplace.hospital.id,
        name: workplace.hospital.name,
        city: workplace.city,
        createdAt: workplace.hospital.createdAt,
        openingHours: workplace.operatingHours,
        specialtyChoices: workplace.specialtyChoices,
      },
    })
    pushUser(sinks, random, seeded.user)
    sinks.doctors.push(seeded.doctor)
    for (const row of seeded.specialties) sinks.doctorSpecialties.push(row)
    for (const row of seeded.availability) sinks.availability.push(row)
    for (const row of seeded.onlineHours) sinks.onlineHours.push(row)
    sinks.notifications.push(
      verificationNotification(random, seeded.user.id, seeded.doctor.status, seeded.doctor.createdAt, now),
    )
    if (seeded.doctor.status !== 'approved') continue
    approvedIds.push(seeded.doctor.id)
    if (workplace.hospital.status !== 'active') continue
    bookable.push({
      doctorId: seeded.doctor.id,
      userId: seeded.user.id,
      hospitalId: workplace.hospital.id,
      hospitalUserId: workplace.user.id,
      fee: seeded.doctor.consultationFee,
      specialty: seeded.primarySpecialty,
      slots: seeded.availability,
    })
  }
  return { bookable, approvedIds }
}

function seedPatients(sinks: DirectorySinks, context: DirectoryContext, approvedDoctorIds: readonly string[]) {
  const { seed, now, plan, passwordHash } = context
  const random = Random.derive(seed, 'patients')
  const patientIds: string[] = []
  const patientUserIds: string[] = []
  const familyMemberIds = new Map<number, string[]>()
  for (let index = 0; index < plan.patients; index++) {
    const patientRandom = Random.derive(seed, 'patient', index)
    const seeded = buildPatient(patientRandom, {
      index,
      now,
      passwordHash,
      city: CITY_OF_PATIENT.draw(random),
      status: PATIENT_STATUSES.draw(random),
    })
    pushUser(sinks, random, seeded.user)
    sinks.patients.push(seeded.patient)
    patientIds.push(seeded.patient.id)
    patientUserIds.push(seeded.user.id)
    if (seeded.familyMembers.length > 0) {
      for (const member of seeded.familyMembers) sinks.familyMembers.push(member)
      familyMemberIds.set(
        index,
        seeded.familyMembers.map((member) => member.id),
      )
    }
    if (index === 0 || random.chance(0.2)) {
      for (const doctorId of new Set(Array.from({ length: random.int(1, 3) }, () => random.pick(approvedDoctorIds)))) {
        sinks.favorites.push({
          patientId: seeded.patient.id,
          doctorId,
          createdAt: new Date(now.getTime() - random.int(1, 90) * DAY),
        })
      }
    }
  }
  return { patientIds, patientUserIds, familyMemberIds }
}

/**
 * Catalogue, accounts, hospitals, doctors and patients, with their settings and promotions:
 * everything appointments point at. Rows go to the writer's sinks; only ids stay in memory.
 */
export function seedDirectory(writer: BulkWriter, context: DirectoryContext): Directory {
  const { seed, now, plan, passwordHash } = context
  const sinks = openSinks(writer)
  const catalogue = buildCatalogue(seed, now)
  for (const entry of catalogue.specialties) sinks.specialties.push(entry.row)
  for (const entry of catalogue.services) sinks.services.push(entry.row)

  const adminRandom = Random.derive(seed, 'admins')
  const admins = Array.from({ length: plan.admins }, (_, index) =>
    buildUser(adminRandom, {
      role: 'admin',
      index,
      now,
      passwordHash,
      city: itemAt(CITIES, index % 2),
      ages: [25, 50],
    }),
  )
  for (const admin of admins) pushUser(sinks, adminRandom, admin)
  const adminId = itemAt(admins, 0).id

  const hospitals = seedHospitals(sinks, context, catalogue)
  const doctors = seedDoctors(sinks, context, hospitals)
  const patients = seedPatients(sinks, context, doctors.approvedIds)

  const activeHospitalIds = hospitals
    .filter((entry) => entry.hospital.status === 'active')
    .map((entry) => entry.hospital.id)
  const promotions = buildPromotions(
    Random.derive(seed, 'promotions'),
    now,
    adminId,
    catalogue.services,
    activeHospitalIds,
  )
  for (const row of promotions.promotions) sinks.promotions.push(row)
  for (const row of promotions.services) sinks.promotionServices.push(row)
  for (const row of promotions.hospitals) sinks.promotionHospitals.push(row)
  for (const row of buildSystemSettings(Random.derive(seed, 'settings'), now, adminId)) sinks.settings.push(row)

  return { bookableDoctors: doctors.bookable, ...patients }
}
