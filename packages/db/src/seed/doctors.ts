import type { TQualification } from '@medbook/contracts'
import type {
  Doctor,
  DoctorAvailabilitySlot,
  DoctorOnlineHours,
  DoctorSpecialty,
  DoctorStatus,
  User,
} from '../generated/prisma/client.js'
import type { CatalogueSpecialty } from './catalogue.js'
import type { City } from './places.js'
import { type Random, scatter } from './random.js'
import { drawDoctorWeek, type OpeningHours } from './schedules.js'
import type { SpecialtyDefinition } from './specialty-catalogue.js'
import { DAY } from './time.js'
import { buildUser, isDemoIndex } from './users.js'
import { fullName } from './vietnamese.js'

const UNIVERSITIES = [
  'Trường Đại học Y Hà Nội',
  'Đại học Y Dược TP. Hồ Chí Minh',
  'Trường Đại học Y Dược Huế',
  'Trường Đại học Y Dược Cần Thơ',
  'Trường Đại học Y Dược Hải Phòng',
  'Học viện Quân y',
  'Trường Đại học Y khoa Phạm Ngọc Thạch',
]

const ABROAD = [
  'Đại học Sydney (Úc)',
  'Đại học Paris Cité (Pháp)',
  'Đại học Quốc gia Singapore',
  'Đại học Seoul (Hàn Quốc)',
]

export interface SeededDoctor {
  user: User
  doctor: Doctor
  specialties: DoctorSpecialty[]
  availability: DoctorAvailabilitySlot[]
  onlineHours: DoctorOnlineHours[]
  /** what its visits are about */
  primarySpecialty: SpecialtyDefinition
}

/** What a doctor needs to know of its hospital. */
export interface DoctorWorkplace {
  id: string
  name: string
  city: City
  createdAt: Date
  openingHours: readonly OpeningHours[]
  specialtyChoices: readonly CatalogueSpecialty[]
}

export interface DoctorSpec {
  index: number
  now: Date
  passwordHash: string
  workplace: DoctorWorkplace
  status?: DoctorStatus
}

function drawQualifications(
  random: Random,
  graduated: number,
  experience: number,
  specialty: string,
  currentYear: number,
  speaksEnglish: boolean,
) {
  const qualifications: TQualification[] = [
    { degree: 'Bác sĩ Y khoa', institution: random.pick(UNIVERSITIES), year: graduated },
  ]
  let title = 'BS.'
  if (experience >= 5) {
    qualifications.push({
      degree: `Bác sĩ Chuyên khoa I ${specialty}`,
      institution: random.pick(UNIVERSITIES),
      year: graduated + 4,
    })
    title = 'BSCKI.'
  }
  if (experience >= 10) {
    const master = random.chance(0.5)
    qualifications.push({
      degree: master ? 'Thạc sĩ Y học' : `Bác sĩ Chuyên khoa II ${specialty}`,
      institution: random.pick(UNIVERSITIES),
      year: graduated + random.int(7, 9),
    })
    title = master ? 'ThS.BS.' : 'BSCKII.'
  }
  if (experience >= 16 && random.chance(0.3)) {
    qualifications.push({
      degree: 'Tiến sĩ Y học',
      institution: random.pick(UNIVERSITIES),
      year: graduated + random.int(12, 15),
    })
    title = 'TS.BS.'
  }
  if (speaksEnglish && experience >= 6 && random.chance(0.4)) {
    qualifications.push({
      degree: `Chứng chỉ đào tạo ${specialty}`,
      institution: random.pick(ABROAD),
      year: graduated + random.int(3, 6),
    })
  }
  return { qualifications: qualifications.filter((entry) => entry.year <= currentYear), title }
}

function drawLanguages(random: Random): string[] {
  const draw = random.next()
  return draw < 0.65 ? ['vi'] : draw < 0.95 ? ['vi', 'en'] : ['vi', 'en', 'fr']
}

function biography(
  title: string,
  name: string,
  experience: number,
  specialty: SpecialtyDefinition,
  workplace: string,
  random: Random,
  languages: readonly string[],
) {
  const strengths = random.sample(specialty.diagnoses, 2).map((diagnosis) => diagnosis.toLowerCase())
  const sentences = [
    `${title} ${name} có ${experience} năm kinh nghiệm trong lĩnh vực ${specialty.name.toLowerCase()}.`,
    `Thế mạnh: chẩn đoán và điều trị ${strengths.join(' và ')}.`,
    `Hiện bác sĩ đang khám và điều trị tại ${workplace}.`,
  ]
  if (languages.includes('en')) sentences.push('Bác sĩ có thể tư vấn bằng tiếng Anh.')
  return sentences.join(' ')
}

export function buildDoctor(random: Random, spec: DoctorSpec): SeededDoctor {
  const demo = isDemoIndex(spec.index)
  const user = buildUser(random, {
    role: 'doctor',
    index: spec.index,
    now: spec.now,
    passwordHash: spec.passwordHash,
    city: spec.workplace.city,
    ages: [28, 65],
  })
  const currentYear = spec.now.getUTCFullYear()
  const birthYear = user.dateOfBirth?.getUTCFullYear() ?? currentYear - 40
  // Six years of medical school from 18: a doctor graduates at about 24 and practises from then.
  const graduated = Math.min(currentYear - 1, birthYear + random.int(24, 26))
  const experience = Math.max(1, currentYear - graduated - random.int(0, 2))
  const choices = spec.workplace.specialtyChoices
  const cardiology = choices.find((entry) => entry.definition.slug === 'tim-mach')
  const specialties = demo && cardiology ? [cardiology] : random.sample(choices, random.chance(0.3) ? 2 : 1)
  const primary = specialties[0] ?? random.pick(choices)
  const languages = demo ? ['vi', 'en'] : drawLanguages(random)
  const { qualifications, title } = drawQualifications(
    random,
    graduated,
    experience,
    primary.row.name,
    currentYear,
    languages.includes('en'),
  )
  const fee = 150_000 + experience * 12_000 + random.int(-50_000, 150_000)
  const status: DoctorStatus = demo ? 'approved' : (spec.status ?? 'approved')
  const created = Math.max(user.createdAt.getTime(), spec.workplace.createdAt.getTime()) + random.int(1, 30) * DAY
  const createdAt = new Date(Math.min(created, spec.now.getTime()))
  const doctorId = random.uuid()
  const week = drawDoctorWeek(random, spec.workplace.openingHours, demo || random.chance(0.4))
  const doctor: Doctor = {
    id: doctorId,
    userId: user.id,
    hospitalId: spec.workplace.id,
    licenseNumber: `${String(scatter(spec.index, 7)).padStart(7, '0')}/${spec.workplace.city.code}-CCHN`,
    qualifications,
    experience,
    biography: biography(title, fullName(user), experience, primary.definition, spec.workplace.name, random, languages),
    languages,
    consultationFee: demo ? 300_000 : Math.min(800_000, Math.max(150_000, Math.round(fee / 10_000) * 10_000)),
    ratingAverage: 0,
    ratingCount: 0,
    createdAt,
    updatedAt: createdAt,
    status,
    verifiedDocuments: status === 'approved' || (status === 'pending' && random.chance(0.5)),
  }
  return {
    user,
    doctor,
    specialties: specialties.map((entry) => ({ doctorId, specialtyId: entry.row.id })),
    availability: week.slots.map((slot) => ({ id: random.uuid(), doctorId, ...slot })),
    onlineHours: week.onlineHours.map((hours) => ({ id: random.uuid(), doctorId, ...hours })),
    primarySpecialty: primary.definition,
  }
}
