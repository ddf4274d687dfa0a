import { randomUUID } from 'node:crypto'
import type { PrismaClient } from '@medbook/db'
import { hashPassword } from '../../src/auth/passwords.js'
import { createSession } from '../../src/auth/sessions.js'

export const WORLD_PASSWORD = 'The-same-pass-2026'

let sequence = 0
let appointmentSequence = 0
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${++sequence}`

/**
 * The cast of the authorization matrix: two hospitals with a staff account each, a doctor
 * at the first, two patients (the first with a family member), and an admin.
 */
export async function buildWorld(db: PrismaClient) {
  const password = await hashPassword(WORLD_PASSWORD)
  const user = (role: 'patient' | 'doctor' | 'hospital' | 'admin', name: string) =>
    db.user.create({
      data: {
        role,
        email: `${name}@world.test`,
        password,
        firstName: name,
        lastName: 'Test',
        verificationStatus: true,
      },
    })
  const specialty = await db.specialty.create({
    data: { name: 'Nội tổng quát', nameEn: 'Internal medicine', slug: 'internal' },
  })
  const hospital = async (name: string) => {
    const staff = await user('hospital', `staff-${name}`)
    const row = await db.hospital.create({
      data: {
        userId: staff.id,
        name: `Bệnh viện ${name}`,
        type: 'hospital',
        street: '1 Tràng Thi',
        city: 'Hà Nội',
        latitude: 21.03,
        longitude: 105.85,
        registrationNumber: unique('REG'),
        status: 'active',
        verified: true,
      },
    })
    return { staff, hospital: row }
  }
  const a = await hospital('A')
  const b = await hospital('B')
  const doctorUser = await user('doctor', 'doctor')
  const doctor = await db.doctor.create({
    data: {
      userId: doctorUser.id,
      hospitalId: a.hospital.id,
      licenseNumber: unique('LIC'),
      consultationFee: 300_000,
      status: 'approved',
      specialties: { create: [{ specialtyId: specialty.id }] },
    },
  })
  const patientUser = await user('patient', 'patient')
  const patient = await db.patient.create({ data: { userId: patientUser.id } })
  const otherPatientUser = await user('patient', 'other-patient')
  await db.patient.create({ data: { userId: otherPatientUser.id } })
  const admin = await user('admin', 'admin')

  const sessionFor = async (userId: string) =>
    (await createSession(db, userId, { ipAddress: null, userAgent: null })).token
  return {
    users: {
      patient: patientUser,
      otherPatient: otherPatientUser,
      doctor: doctorUser,
      staff: a.staff,
      otherStaff: b.staff,
      admin,
    },
    hospitalA: a.hospital,
    doctor,
    patient,
    specialty,
    sessionFor,
    /** a family member of the first patient, new each call */
    async familyMemberOfPatient() {
      return db.familyMember.create({
        data: { patientId: patient.id, relationship: 'child', firstName: 'Bé', lastName: 'Test' },
      })
    },
    /** an open invitation from hospital A, new each call */
    async invitationOfHospitalA() {
      return db.doctorInvitation.create({
        data: {
          hospitalId: a.hospital.id,
          email: `${unique('invitee')}@world.test`,
          tokenHash: unique('hash'),
          invitedById: a.staff.id,
          expiresAt: new Date(Date.now() + 86_400_000),
        },
      })
    },
    async apiKeyOfPatient() {
      return db.apiKey.create({
        data: {
          userId: patientUser.id,
          name: 'k',
          prefix: 'mbk_x',
          hashedKey: unique('key'),
          scopes: ['profile:read'],
        },
      })
    },
    async sessionIdOfPatient() {
      const { id } = await createSession(db, patientUser.id, { ipAddress: null, userAgent: null })
      return id
    },
    async throwawayUser() {
      return user('patient', unique('throwaway'))
    },
    /** a waiting entry of the first patient on the doctor's waitlist, new each call */
    async waitlistEntryOfPatient() {
      appointmentSequence += 1
      return db.waitlistEntry.create({
        data: {
          patientId: patient.id,
          doctorId: doctor.id,
          date: new Date(Date.UTC(2030, 0, 1 + appointmentSequence)),
          type: 'in_person',
        },
      })
    },
    /** a scheduled appointment of the first patient with the doctor at hospital A, new each call */
    async appointmentOfPatient(when: 'future' | 'past' = 'future') {
      appointmentSequence += 1
      const hour = 3_600_000
      const startsAt =
        when === 'future'
          ? new Date(Date.now() + 400 * 24 * hour + appointmentSequence * hour)
          : new Date(Date.now() - 400 * 24 * hour - appointmentSequence * hour)
      return db.appointment.create({
        data: {
          patientId: patient.id,
          doctorId: doctor.id,
          hospitalId: a.hospital.id,
          appointmentDate: new Date(startsAt.toISOString().slice(0, 10)),
          startsAt,
          endsAt: new Date(startsAt.getTime() + 30 * 60_000),
          type: 'in_person',
          subtotalAmount: VISIT_PRICE,
          totalAmount: VISIT_PRICE,
        },
      })
    },
    /** a payment of the first patient at hospital A for a new appointment: paid at the desk, or a transfer still pending */
    async paymentOfPatient(kind: 'cash' | 'pending_transfer' = 'cash') {
      const appointment = await this.appointmentOfPatient()
      const id = randomUUID()
      const paid = kind === 'cash'
      const payment = await db.payment.create({
        data: {
          id,
          appointmentId: appointment.id,
          patientId: patient.id,
          hospitalId: a.hospital.id,
          amount: VISIT_PRICE,
          paymentMethod: paid ? 'cash' : 'bank_transfer',
          reference: `MBW${id.replaceAll('-', '').slice(0, 12).toUpperCase()}`,
          status: paid ? 'completed' : 'pending',
          paymentDate: paid ? new Date() : null,
          expiresAt: paid ? null : new Date(Date.now() + 86_400_000),
        },
      })
      if (paid) {
        await db.appointment.update({
          where: { id: appointment.id },
          data: { paymentStatus: 'completed', paymentId: payment.id },
        })
      }
      return payment
    },
  }
}

/** what a world appointment costs, in VND */
export const VISIT_PRICE = 200_000

export type World = Awaited<ReturnType<typeof buildWorld>>
