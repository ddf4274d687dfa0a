import type { HospitalType, PrismaClient } from '@medbook/db'

let counter = 0
const next = () => ++counter

export async function createSpecialty(db: PrismaClient, name: string, nameEn: string) {
  return db.specialty.create({ data: { name, nameEn, slug: nameEn.toLowerCase().replace(/\W+/g, '-') } })
}

export async function createHospital(
  db: PrismaClient,
  input: {
    name: string
    city: string
    type?: HospitalType
    status?: 'active' | 'inactive' | 'pending'
    verified?: boolean
    specialtyIds?: string[]
  },
) {
  const n = next()
  const user = await db.user.create({
    data: { role: 'hospital', email: `hospital${n}@test.vn`, firstName: 'Quản trị', lastName: input.name },
  })
  return db.hospital.create({
    data: {
      userId: user.id,
      name: input.name,
      type: input.type ?? 'hospital',
      street: `${n} Đường Láng`,
      city: input.city,
      latitude: 21.0,
      longitude: 105.8,
      registrationNumber: `REG-${n}`,
      status: input.status ?? 'active',
      verified: input.verified ?? true,
      specialties: { create: (input.specialtyIds ?? []).map((specialtyId) => ({ specialtyId })) },
      operatingHours: { create: [{ day: 'monday', openTime: '07:00', closeTime: '17:00' }] },
    },
  })
}

export async function createDoctor(
  db: PrismaClient,
  input: { hospitalId: string; specialtyIds: string[]; status?: 'approved' | 'pending' | 'rejected' },
) {
  const n = next()
  const user = await db.user.create({
    data: { role: 'doctor', email: `doctor${n}@test.vn`, firstName: 'An', lastName: 'Nguyễn' },
  })
  return db.doctor.create({
    data: {
      userId: user.id,
      hospitalId: input.hospitalId,
      licenseNumber: `LIC-${n}`,
      consultationFee: 300_000,
      status: input.status ?? 'approved',
      specialties: { create: input.specialtyIds.map((specialtyId) => ({ specialtyId })) },
    },
  })
}
