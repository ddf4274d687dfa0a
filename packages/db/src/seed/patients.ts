import type { TEmergencyContact, TMedicalHistoryEntry, TMedication } from '@medbook/contracts'
import type { FamilyMember, FamilyRelationship, Patient, User, UserStatus } from '../generated/prisma/client.js'
import { ALLERGIES, CHRONIC_CONDITIONS, EMERGENCY_RELATIONSHIPS, LONG_TERM_MEDICATIONS } from './health-vocabulary.js'
import type { City } from './places.js'
import { type Random, Weighted } from './random.js'
import { calendarDate, DAY, localDateOf } from './time.js'
import { buildUser, isDemoIndex } from './users.js'
import { drawGender, drawPersonName, fullName, randomMobilePhone } from './vietnamese.js'

const YEAR = 365.25 * DAY

export interface SeededPatient {
  user: User
  patient: Patient
  familyMembers: FamilyMember[]
}

export interface PatientSpec {
  index: number
  now: Date
  passwordHash: string
  city: City
  status?: UserStatus
}

const RELATIONSHIPS = new Weighted<FamilyRelationship>([
  ['child', 40],
  ['spouse', 25],
  ['parent', 25],
  ['sibling', 6],
  ['grandparent', 2],
  ['other', 2],
])

/** Age offset (years, relative to the patient) of each kind of relative. */
const AGE_OFFSETS: Record<FamilyRelationship, readonly [number, number]> = {
  child: [-40, -20],
  spouse: [-6, 6],
  parent: [20, 35],
  sibling: [-8, 8],
  grandparent: [45, 60],
  grandchild: [-60, -45],
  other: [-20, 20],
}

function drawHistory(random: Random, bornAt: number, now: number, count: number): TMedicalHistoryEntry[] {
  return random.sample(CHRONIC_CONDITIONS, count).map((entry) => ({
    condition: entry.condition,
    diagnosedDate: localDateOf(random.between(Math.max(bornAt + 10 * YEAR, now - 20 * YEAR), now - 30 * DAY)),
    notes: entry.notes,
  }))
}

function drawFamilyMember(random: Random, patientUser: User, patientId: string, now: number): FamilyMember {
  const patientBorn = patientUser.dateOfBirth?.getTime() ?? now - 35 * YEAR
  const patientAge = (now - patientBorn) / YEAR
  let relationship = RELATIONSHIPS.draw(random)
  if (relationship === 'child' && patientAge < 22) relationship = 'sibling'
  const [low, high] = AGE_OFFSETS[relationship]
  const age = Math.max(0.5, Math.min(95, patientAge + random.between(low, high)))
  const gender = drawGender(random)
  const sharesFamilyName =
    relationship === 'sibling' ||
    (relationship === 'child' && patientUser.gender === 'male') ||
    (relationship === 'parent' && gender === 'male')
  const person = drawPersonName(random, gender, sharesFamilyName ? patientUser.lastName : undefined)
  const bornAt = now - age * YEAR
  const createdAt = new Date(Math.min(now, patientUser.createdAt.getTime() + random.int(1, 100) * DAY))
  return {
    id: random.uuid(),
    patientId,
    relationship,
    firstName: person.firstName,
    lastName: person.lastName,
    dateOfBirth: calendarDate(localDateOf(bornAt)),
    gender,
    phoneNumber: age >= 16 && random.chance(0.6) ? randomMobilePhone(random) : null,
    medicalHistory: age >= 30 && random.chance(0.3) ? drawHistory(random, bornAt, now, 1) : [],
    createdAt,
    updatedAt: createdAt,
  }
}

export function buildPatient(random: Random, spec: PatientSpec): SeededPatient {
  const now = spec.now.getTime()
  const user = buildUser(random, {
    role: 'patient',
    index: spec.index,
    now: spec.now,
    passwordHash: spec.passwordHash,
    city: spec.city,
    ages: [18, 80],
    status: spec.status,
  })
  const bornAt = user.dateOfBirth?.getTime() ?? now - 35 * YEAR
  const age = (now - bornAt) / YEAR
  const medicalHistory = drawHistory(random, bornAt, now, age > 40 ? random.int(0, 3) : random.int(0, 1))
  const medications: TMedication[] =
    medicalHistory.length > 0 && random.chance(0.5)
      ? random.sample(LONG_TERM_MEDICATIONS, random.int(1, 2)).map((medication) => ({
          ...medication,
          startDate: localDateOf(random.between(now - 5 * YEAR, now - 30 * DAY)),
        }))
      : []
  const contactGender = drawGender(random)
  const emergencyContact: TEmergencyContact | null = random.chance(0.8)
    ? {
        name: fullName(drawPersonName(random, contactGender)),
        relationship: random.pick(EMERGENCY_RELATIONSHIPS[contactGender]),
        phoneNumber: randomMobilePhone(random),
      }
    : null
  const patient: Patient = {
    id: random.uuid(),
    userId: user.id,
    medicalHistory,
    allergies: random.chance(0.25) ? random.sample(ALLERGIES, random.int(1, 2)) : [],
    medications,
    emergencyContact,
    createdAt: user.createdAt,
    updatedAt: user.createdAt,
  }
  const familySize = isDemoIndex(spec.index) ? 2 : random.chance(0.25) ? random.int(1, 3) : 0
  return {
    user,
    patient,
    familyMembers: Array.from({ length: familySize }, () => drawFamilyMember(random, user, patient.id, now)),
  }
}
