import type { TAddress } from '@medbook/contracts'
import { hash } from '@node-rs/argon2'
import type { User, UserRole, UserStatus } from '../generated/prisma/client.js'
import { type City, drawStreetAddress } from './places.js'
import type { Random } from './random.js'
import { calendarDate, DAY, localDateOf } from './time.js'
import { asciiSlug, drawPersonName, fullName, mobilePhone, type PersonName } from './vietnamese.js'

export const DEMO_PASSWORD = 'MedBook!2026'

export interface DemoLogin {
  role: UserRole
  email: string
  password: string
  name: string
}

/** The fixed people behind the demo logins: user number 0 of each role. */
const DEMO_PEOPLE: Record<UserRole, PersonName> = {
  patient: { firstName: 'Thị Lan', lastName: 'Nguyễn', givenName: 'Lan', gender: 'female' },
  doctor: { firstName: 'Minh Đức', lastName: 'Trần', givenName: 'Đức', gender: 'male' },
  hospital: { firstName: 'Hoàng Nam', lastName: 'Lê', givenName: 'Nam', gender: 'male' },
  admin: { firstName: 'Quốc Bảo', lastName: 'Phạm', givenName: 'Bảo', gender: 'male' },
}

export const DEMO_LOGINS: ReadonlyArray<DemoLogin> = (['patient', 'doctor', 'hospital', 'admin'] as const).map(
  (role) => ({ role, email: `${role}@medbook.vn`, password: DEMO_PASSWORD, name: fullName(DEMO_PEOPLE[role]) }),
)

let demoHash: Promise<string> | undefined

/** argon2id of DEMO_PASSWORD, computed once per process: every seeded user shares it. */
export function demoPasswordHash(): Promise<string> {
  demoHash ??= hash(DEMO_PASSWORD, { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 })
  return demoHash
}

/**
 * Each role numbers its users from 0 inside its own block, so that e-mail addresses and phone
 * numbers derived from (role, index) never collide; test fixtures number from FIXTURE_INDEX_BASE.
 */
const ROLE_BLOCK: Record<UserRole, number> = { admin: 0, hospital: 1_000, doctor: 10_000, patient: 1_000_000 }
export const FIXTURE_INDEX_BASE = 5_000_000

export function isDemoIndex(index: number): boolean {
  return index === 0
}

function emailFor(role: UserRole, index: number, person: PersonName): string {
  if (isDemoIndex(index)) return `${role}@medbook.vn`
  const name = `${asciiSlug(person.givenName)}.${asciiSlug(person.lastName)}`
  switch (role) {
    case 'patient':
      return `${name}.${index}@example.com`
    case 'doctor':
      return `bs.${name}.${index}@example.com`
    case 'hospital':
      return `quanly.${name}.${index}@example.com`
    case 'admin':
      return `admin${index}@medbook.vn`
  }
}

export function addressOf(random: Random, city: City): TAddress {
  const address = drawStreetAddress(random, city)
  return {
    street: address.street,
    city: city.name,
    state: address.district,
    country: 'VN',
    postalCode: city.postalCode,
  }
}

export interface UserSpec {
  role: UserRole
  index: number
  now: Date
  passwordHash: string
  city: City
  /** age range of the person in years */
  ages: readonly [number, number]
  person?: PersonName
  status?: UserStatus
}

/** An initials avatar the server draws from its URL (apps/api/src/drawn-images): "…/doctor-3-NA.svg". */
function avatarUrl(role: UserRole, index: number, person: PersonName): string {
  const initials = [person.lastName, person.givenName].map((name) => Array.from(name)[0] ?? '').join('')
  return `/images/avatars/${role}-${index}-${initials.toLocaleUpperCase('vi')}.svg`
}

export function buildUser(random: Random, spec: UserSpec): User {
  const demo = isDemoIndex(spec.index)
  const person = demo ? DEMO_PEOPLE[spec.role] : (spec.person ?? drawPersonName(random))
  const now = spec.now.getTime()
  const createdAt = new Date(now - random.int(200, 1200) * DAY - random.int(0, DAY))
  const born = now - random.between(spec.ages[0], spec.ages[1]) * 365.25 * DAY
  return {
    id: random.uuid(),
    role: spec.role,
    email: emailFor(spec.role, spec.index, person),
    phoneNumber: mobilePhone(ROLE_BLOCK[spec.role] + spec.index),
    password: spec.passwordHash,
    firstName: person.firstName,
    lastName: person.lastName,
    dateOfBirth: calendarDate(localDateOf(born)),
    gender: person.gender,
    address: addressOf(random, spec.city),
    profilePicture: random.chance(0.4) ? avatarUrl(spec.role, spec.index, person) : null,
    createdAt,
    updatedAt: createdAt,
    lastLogin: demo || random.chance(0.7) ? new Date(now - random.int(0, 30 * DAY)) : null,
    status: demo ? 'active' : (spec.status ?? 'active'),
    resetPasswordToken: null,
    resetPasswordExpires: null,
    verificationStatus: demo || random.chance(0.95),
    otp: null,
  }
}
