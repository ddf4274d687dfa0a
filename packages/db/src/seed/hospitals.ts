import type { TContactInfo } from '@medbook/contracts'
import type {
  Hospital,
  HospitalOperatingHours,
  HospitalService,
  HospitalSpecialty,
  HospitalStatus,
  HospitalType,
  User,
} from '../generated/prisma/client.js'
import type { Catalogue, CatalogueSpecialty } from './catalogue.js'
import { type City, drawCoordinates, drawStreetAddress } from './places.js'
import type { Random } from './random.js'
import { drawOpeningHours } from './schedules.js'
import { DAY, HOSPITAL_TIME_ZONE } from './time.js'
import { buildUser } from './users.js'
import { asciiSlug } from './vietnamese.js'

const NAME_PREFIXES: Record<Exclude<HospitalType, 'specialized_center'>, readonly string[]> = {
  hospital: ['Bệnh viện Đa khoa', 'Bệnh viện', 'Bệnh viện Quốc tế'],
  clinic: ['Phòng khám Đa khoa', 'Phòng khám', 'Phòng khám Gia đình'],
}

const BRANDS = [
  'An Khang',
  'An Phúc',
  'An Sinh',
  'Bảo An',
  'Bình An',
  'Đức Tâm',
  'Gia An',
  'Hạnh Phúc',
  'Hưng Thịnh',
  'Khang Thịnh',
  'Minh Tâm',
  'Nhân Ái',
  'Phúc An',
  'Phúc Khang',
  'Tâm An',
  'Thiện Nhân',
  'Thịnh An',
  'Trường Thọ',
  'Sao Mai',
  'Bình Minh',
  'Ánh Dương',
  'Tín Đức',
  'Việt Hàn',
  'Việt Úc',
  'Thành Tâm',
  'Hòa An',
  'Kim Phúc',
  'Ngọc Minh',
]

const FACILITIES: Record<HospitalType, readonly string[]> = {
  hospital: [
    'Cấp cứu 24/7',
    'Nhà thuốc',
    'Phòng xét nghiệm',
    'Chụp X-quang',
    'Siêu âm',
    'Chụp CT',
    'Chụp MRI',
    'Phòng mổ',
    'Khu nội trú',
    'Xe cứu thương',
    'Bãi đỗ xe',
    'Căng tin',
    'Thang máy',
    'Wi-Fi miễn phí',
    'Thanh toán thẻ',
  ],
  clinic: [
    'Nhà thuốc',
    'Phòng xét nghiệm',
    'Siêu âm',
    'Chụp X-quang',
    'Phòng chờ máy lạnh',
    'Wi-Fi miễn phí',
    'Thanh toán thẻ',
    'Khu vui chơi trẻ em',
  ],
  specialized_center: [
    'Nhà thuốc',
    'Phòng xét nghiệm',
    'Siêu âm',
    'Chụp X-quang',
    'Chụp CT',
    'Phòng thủ thuật',
    'Bãi đỗ xe',
    'Wi-Fi miễn phí',
    'Thanh toán thẻ',
  ],
}

export interface SeededHospital {
  user: User
  hospital: Hospital
  operatingHours: HospitalOperatingHours[]
  specialties: HospitalSpecialty[]
  services: HospitalService[]
  /** the catalogue entries of its specialties, for its doctors to pick from */
  specialtyChoices: CatalogueSpecialty[]
  city: City
}

export interface HospitalSpec {
  index: number
  city: City
  now: Date
  passwordHash: string
  catalogue: Catalogue
  type?: HospitalType
  status?: HospitalStatus
  verified?: boolean
  /** names already given, so that no two hospitals share one */
  takenNames?: Set<string>
}

function uniqueName(base: string, city: City, taken: Set<string>): string {
  let name = taken.has(base) ? `${base} ${city.shortName}` : base
  for (let branch = 2; taken.has(name); branch++) name = `${base} ${city.shortName} - Cơ sở ${branch}`
  taken.add(name)
  return name
}

/** "(024) 3869 3731" as E.164, "+842438693731": area code and subscriber make 10 national digits. */
function landline(random: Random, city: City): string {
  const area = city.areaCode.replace(/^0/, '')
  const subscriber = `${random.int(3, 6)}${random.int(100, 999)}${random.int(1000, 9999)}`
  return `+84${area}${subscriber.slice(0, 10 - area.length)}`
}

export function buildHospital(random: Random, spec: HospitalSpec): SeededHospital {
  const type =
    spec.type ?? random.pick<HospitalType>(['hospital', 'hospital', 'clinic', 'clinic', 'specialized_center'])
  const allSpecialties = spec.catalogue.specialties
  const general =
    allSpecialties.find((entry) => entry.definition.slug === 'noi-tong-quat') ?? random.pick(allSpecialties)
  let specialtyChoices: CatalogueSpecialty[]
  let base: string
  if (type === 'specialized_center') {
    const focus = random.pick(allSpecialties)
    specialtyChoices = [
      focus,
      ...random.sample(
        allSpecialties.filter((entry) => entry !== focus),
        random.int(1, 2),
      ),
    ]
    base = `${random.chance(0.5) ? 'Trung tâm' : 'Bệnh viện Chuyên khoa'} ${focus.row.name} ${random.pick(BRANDS)}`
  } else {
    const others = allSpecialties.filter((entry) => entry !== general)
    specialtyChoices = [general, ...random.sample(others, type === 'hospital' ? random.int(8, 16) : random.int(2, 5))]
    base = `${random.pick(NAME_PREFIXES[type])} ${random.pick(BRANDS)}`
  }
  const name = uniqueName(base, spec.city, spec.takenNames ?? new Set())
  const user = buildUser(random, {
    role: 'hospital',
    index: spec.index,
    now: spec.now,
    passwordHash: spec.passwordHash,
    city: spec.city,
    ages: [28, 55],
  })
  const address = drawStreetAddress(random, spec.city)
  const slug = asciiSlug(name)
  const createdAt = new Date(Math.min(user.createdAt.getTime() + DAY, spec.now.getTime()))
  const contactInfo: TContactInfo = {
    phoneNumber: landline(random, spec.city),
    email: `lienhe@${slug}.example.com`,
    website: `https://${slug}.example.com`,
  }
  const number = String(spec.index + 1).padStart(2, '0')
  const hospital: Hospital = {
    id: random.uuid(),
    userId: user.id,
    name,
    type,
    street: address.street,
    city: spec.city.name,
    state: address.district,
    country: 'VN',
    postalCode: spec.city.postalCode,
    ...drawCoordinates(random, spec.city),
    contactInfo,
    facilities: random.sample(FACILITIES[type], type === 'clinic' ? random.int(3, 5) : random.int(5, 9)),
    registrationNumber: `${String(spec.index + 1).padStart(5, '0')}/${spec.city.code}-GPHĐ`,
    images: [
      // drawn by the server from the URL (apps/api/src/drawn-images): the building, then inside views
      `/images/hospitals/h-${number}.svg`,
      ...Array.from({ length: random.int(0, 2) }, (_, extra) => `/images/hospitals/h-${number}-${extra + 2}.svg`),
    ],
    ratingAverage: 0,
    ratingCount: 0,
    verified: spec.verified ?? true,
    timeZone: HOSPITAL_TIME_ZONE,
    createdAt,
    updatedAt: createdAt,
    status: spec.status ?? 'active',
  }
  return {
    user,
    hospital,
    operatingHours: drawOpeningHours(random, type).map((hours) => ({
      id: random.uuid(),
      hospitalId: hospital.id,
      ...hours,
    })),
    specialties: specialtyChoices.map((entry) => ({ hospitalId: hospital.id, specialtyId: entry.row.id })),
    services: spec.catalogue.services
      .filter((entry) => (type === 'clinic' ? entry.definition.atClinics && random.chance(0.7) : random.chance(0.8)))
      .map((entry) => ({
        id: random.uuid(),
        hospitalId: hospital.id,
        serviceId: entry.row.id,
        price: Math.max(10_000, Math.round((entry.row.basePrice * random.between(0.85, 1.5)) / 10_000) * 10_000),
        description: random.chance(0.3) ? 'Giá đã bao gồm phí khám và trả kết quả trong ngày.' : null,
        isAvailable: random.chance(0.95),
        createdAt,
        updatedAt: createdAt,
      })),
    specialtyChoices,
    city: spec.city,
  }
}
