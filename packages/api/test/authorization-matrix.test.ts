import { randomUUID } from 'node:crypto'
import type { Database } from '@medbook/db'
import { createTestDatabase } from '@medbook/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { instantToLocal, shiftDate } from '../src/availability/local-time.js'
import { appRouter, createServices, defaultApiConfig, type Services } from '../src/index.js'
import { callerFor } from './support/callers.js'
import { freeSlotDispenser, openAllWeek, testSettings } from './support/schedule.js'
import { buildWorld, unique, VISIT_PRICE, WORLD_PASSWORD, type World } from './support/world.js'

// Every procedure of the router, and what each kind of caller gets from it. A procedure
// added without a row here fails the first test.

const ACTORS = ['anonymous', 'patient', 'otherPatient', 'doctor', 'staff', 'otherStaff', 'admin'] as const
type Actor = (typeof ACTORS)[number]
type Outcome = 'ok' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'NOT_FOUND' | 'BAD_REQUEST' | 'PRECONDITION_FAILED'
type Row = { input?: (world: World) => unknown | Promise<unknown>; expect: Record<Actor, Outcome> }

const everyone = (outcome: Outcome): Record<Actor, Outcome> =>
  Object.fromEntries(ACTORS.map((actor) => [actor, outcome])) as Record<Actor, Outcome>
const signedIn: Record<Actor, Outcome> = { ...everyone('ok'), anonymous: 'UNAUTHORIZED' }
const onlyPatients: Record<Actor, Outcome> = {
  anonymous: 'UNAUTHORIZED',
  patient: 'ok',
  otherPatient: 'ok',
  doctor: 'FORBIDDEN',
  staff: 'FORBIDDEN',
  otherStaff: 'FORBIDDEN',
  admin: 'FORBIDDEN',
}
/** the first patient's own record: other patients do not even learn that it exists */
const ownedByPatient: Record<Actor, Outcome> = { ...onlyPatients, otherPatient: 'NOT_FOUND' }
const onlyStaff: Record<Actor, Outcome> = {
  ...everyone('FORBIDDEN'),
  anonymous: 'UNAUTHORIZED',
  staff: 'ok',
  otherStaff: 'ok',
}
const ownedByHospitalA: Record<Actor, Outcome> = { ...onlyStaff, otherStaff: 'NOT_FOUND' }
const onlyAdmins: Record<Actor, Outcome> = { ...everyone('FORBIDDEN'), anonymous: 'UNAUTHORIZED', admin: 'ok' }
const ownedBySignedInPatient: Record<Actor, Outcome> = {
  ...everyone('NOT_FOUND'),
  anonymous: 'UNAUTHORIZED',
  patient: 'ok',
}

/** the doctor and staff of hospital A: other hospitals' staff do not learn the appointment exists */
const careOfHospitalA: Record<Actor, Outcome> = {
  ...everyone('FORBIDDEN'),
  anonymous: 'UNAUTHORIZED',
  doctor: 'ok',
  staff: 'ok',
  otherStaff: 'NOT_FOUND',
}

const token = 'x'.repeat(40)

/** an unread notification of the first patient, new each call */
function notificationOfPatient(world: World) {
  return db.prisma.notification.create({
    data: {
      recipientId: world.users.patient.id,
      recipientRole: 'patient',
      type: 'system',
      title: 'Thông báo / Notice',
      message: 'Ma trận quyền',
    },
  })
}

const today = (days = 0) => shiftDate(instantToLocal(new Date(), 'Asia/Ho_Chi_Minh').date, days)
/** a free slot of the world's doctor no other row of this test has used */
const takeFreeSlot = freeSlotDispenser(
  () => db.prisma,
  () => doctorOfWorld,
  20,
)
let doctorOfWorld = ''
async function nextFreeSlot(world: World): Promise<Date> {
  doctorOfWorld = world.doctor.id
  return takeFreeSlot()
}

/** another approved doctor at hospital A (its account `active` or `inactive`), new each call */
async function spareDoctorOfHospitalA(world: World, accountStatus: 'active' | 'inactive' = 'active') {
  const user = await db.prisma.user.create({
    data: {
      role: 'doctor',
      email: `${unique('spare')}@matrix.test`,
      firstName: 'Dự',
      lastName: 'Phòng',
      status: accountStatus,
    },
  })
  return db.prisma.doctor.create({
    data: {
      userId: user.id,
      hospitalId: world.hospitalA.id,
      licenseNumber: unique('LIC'),
      consultationFee: 1,
      status: 'approved',
    },
  })
}

/** a promotion's fields, under a code no other row of this test has used */
const promotionInput = () => ({
  code: unique('MT')
    .replace(/[^A-Za-z0-9-]/g, '')
    .slice(0, 32),
  discountType: 'fixed',
  discountValue: 10_000,
  startDate: new Date(Date.now() - 86_400_000),
  endDate: new Date(Date.now() + 30 * 86_400_000),
})

/** a promotion created by the world's admin, new each call */
function promotionOf(world: World) {
  return db.prisma.promotion.create({
    data: { ...promotionInput(), discountType: 'fixed', createdById: world.users.admin.id },
  })
}

let visitSequence = 0
/** a completed visit of the first patient that ended an hour ago (inside the review window), new each call */
async function completedVisitOf(world: World) {
  visitSequence += 1
  const startsAt = new Date(Date.now() - 2 * 3_600_000 - visitSequence * 60_000)
  return db.prisma.appointment.create({
    data: {
      patientId: world.patient.id,
      doctorId: world.doctor.id,
      hospitalId: world.hospitalA.id,
      appointmentDate: new Date(startsAt.toISOString().slice(0, 10)),
      startsAt,
      endsAt: new Date(startsAt.getTime() + 30 * 60_000),
      type: 'in_person',
      status: 'completed',
    },
  })
}

/** the first patient's review of the world's doctor, published or awaiting moderation, new each call */
async function reviewOf(world: World, status: 'approved' | 'pending') {
  const visit = await completedVisitOf(world)
  return db.prisma.review.create({
    data: {
      patientId: world.patient.id,
      appointmentId: visit.id,
      targetType: 'doctor',
      doctorId: world.doctor.id,
      rating: 4,
      comment: 'Bác sĩ tận tình',
      status,
      isApproved: status === 'approved',
    },
  })
}

/** the world doctor's record of a new completed visit of the first patient, shared or a draft */
async function recordOf(world: World, shared: boolean) {
  const visit = await completedVisitOf(world)
  return db.prisma.medicalRecord.create({
    data: {
      patientId: world.patient.id,
      doctorId: world.doctor.id,
      hospitalId: world.hospitalA.id,
      appointmentId: visit.id,
      diagnosis: ['Viêm họng cấp'],
      diagnosisCodes: ['J02.9'],
      isSharedWithPatient: shared,
      sharedAt: shared ? new Date() : null,
    },
  })
}

/** the first patient's conversation with hospital A's desk, with their first message, new each call */
async function deskConversationOf(world: World) {
  const visit = await completedVisitOf(world)
  const conversation = await db.prisma.conversation.create({
    data: {
      hospitalId: world.hospitalA.id,
      appointmentId: visit.id,
      participants: { create: [{ userId: world.users.patient.id, role: 'patient' }] },
    },
  })
  const message = await db.prisma.message.create({
    data: {
      conversationId: conversation.id,
      senderId: world.users.patient.id,
      senderRole: 'patient',
      content: 'Chào quầy',
    },
  })
  return { conversation, message }
}

/** a conversation of the first patient with hospital A's desk: the others do not learn it exists */
const membersOfDeskA: Record<Actor, Outcome> = {
  ...everyone('NOT_FOUND'),
  anonymous: 'UNAUTHORIZED',
  patient: 'ok',
  staff: 'ok',
}

/** clinical content: the hospital's doctors and the patient it is shared with */
const clinicalOfPatient: Record<Actor, Outcome> = {
  ...everyone('FORBIDDEN'),
  anonymous: 'UNAUTHORIZED',
  patient: 'ok',
  otherPatient: 'NOT_FOUND',
  doctor: 'ok',
}
const onlyDoctors: Record<Actor, Outcome> = { ...everyone('FORBIDDEN'), anonymous: 'UNAUTHORIZED', doctor: 'ok' }

const MATRIX: Record<string, Row> = {
  'auth.me': { expect: everyone('ok') },
  'auth.signUp': {
    input: () => ({
      identifier: `${unique('new')}@matrix.test`,
      password: WORLD_PASSWORD,
      firstName: 'A',
      lastName: 'B',
    }),
    expect: everyone('ok'),
  },
  'auth.verifyAccount': {
    input: () => ({ identifier: 'nobody@matrix.test', code: '123456' }),
    expect: everyone('BAD_REQUEST'),
  },
  'auth.resendCode': { input: () => ({ identifier: `${unique('resend')}@matrix.test` }), expect: everyone('ok') },
  'auth.login': {
    input: () => ({ identifier: 'patient@world.test', password: WORLD_PASSWORD }),
    expect: everyone('ok'),
  },
  'auth.logout': { expect: signedIn },
  'auth.logoutEverywhere': { expect: signedIn },
  'auth.changePassword': {
    input: () => ({ currentPassword: WORLD_PASSWORD, newPassword: WORLD_PASSWORD }),
    expect: signedIn,
  },
  'auth.requestPasswordReset': { input: () => ({ email: `${unique('reset')}@matrix.test` }), expect: everyone('ok') },
  'auth.resetPassword': { input: () => ({ token, password: WORLD_PASSWORD }), expect: everyone('BAD_REQUEST') },
  'auth.requestPasswordResetCode': {
    input: () => ({ phone: `+849${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}` }),
    expect: everyone('ok'),
  },
  'auth.resetPasswordWithCode': {
    input: () => ({ phone: '+84900000001', code: '123456', newPassword: WORLD_PASSWORD }),
    expect: everyone('BAD_REQUEST'),
  },
  'auth.registerHospital': {
    input: () => ({
      email: `${unique('clinic')}@matrix.test`,
      password: WORLD_PASSWORD,
      firstName: 'Hà',
      lastName: 'Ngô',
      hospitalName: 'Phòng khám Ma Trận',
      hospitalType: 'clinic',
      registrationNumber: unique('REG'),
      street: '5 Hàng Bài',
      city: 'Hà Nội',
      latitude: 21.02,
      longitude: 105.85,
      phoneNumber: `+849${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
    }),
    expect: everyone('ok'),
  },
  'auth.invitation': { input: () => ({ token }), expect: everyone('NOT_FOUND') },
  'auth.acceptInvitation': {
    input: () => ({ token, password: WORLD_PASSWORD, firstName: 'A', lastName: 'B', licenseNumber: 'LIC-1' }),
    expect: everyone('NOT_FOUND'),
  },
  'sessions.list': { expect: signedIn },
  'sessions.revoke': { input: async (w) => ({ id: await w.sessionIdOfPatient() }), expect: ownedBySignedInPatient },
  'apiKeys.list': { expect: signedIn },
  'apiKeys.create': { input: () => ({ name: 'integration', scopes: ['profile:read'] }), expect: signedIn },
  'apiKeys.revoke': { input: async (w) => ({ id: (await w.apiKeyOfPatient()).id }), expect: ownedBySignedInPatient },
  'profile.get': { expect: signedIn },
  'profile.update': { input: () => ({ firstName: 'Mới' }), expect: signedIn },
  'patients.medicalProfile': { expect: onlyPatients },
  'patients.updateMedicalProfile': { input: () => ({ allergies: ['Penicillin'] }), expect: onlyPatients },
  'patients.favoriteDoctors': { expect: onlyPatients },
  'patients.addFavoriteDoctor': { input: (w) => ({ doctorId: w.doctor.id }), expect: onlyPatients },
  'patients.removeFavoriteDoctor': { input: (w) => ({ doctorId: w.doctor.id }), expect: onlyPatients },
  'family.list': { expect: onlyPatients },
  'family.add': { input: () => ({ relationship: 'parent', firstName: 'Bố', lastName: 'Test' }), expect: onlyPatients },
  'family.update': {
    input: async (w) => ({ id: (await w.familyMemberOfPatient()).id, firstName: 'Đổi' }),
    expect: ownedByPatient,
  },
  'family.remove': { input: async (w) => ({ id: (await w.familyMemberOfPatient()).id }), expect: ownedByPatient },
  'invitations.list': { expect: onlyStaff },
  'invitations.invite': { input: () => ({ email: `${unique('doc')}@matrix.test` }), expect: onlyStaff },
  'invitations.revoke': {
    input: async (w) => ({ id: (await w.invitationOfHospitalA()).id }),
    expect: ownedByHospitalA,
  },
  'admin.users': { input: () => ({ limit: 5 }), expect: onlyAdmins },
  'admin.setUserStatus': {
    input: async (w) => ({ userId: (await w.throwawayUser()).id, status: 'inactive' }),
    expect: onlyAdmins,
  },
  'admin.activityLogs': { input: () => ({ limit: 5 }), expect: onlyAdmins },
  'admin.changeRole': {
    input: async (w) => ({ userId: (await w.throwawayUser()).id, role: 'admin', reason: 'Ma trận quyền' }),
    expect: onlyAdmins,
  },
  'availability.slots': {
    input: (w) => ({ doctorId: w.doctor.id, from: today(), to: today(7) }),
    expect: everyone('ok'),
  },
  'appointments.book': {
    input: async (w) => ({ doctorId: w.doctor.id, startsAt: await nextFreeSlot(w), type: 'in_person' }),
    expect: onlyPatients,
  },
  'appointments.mine': { input: () => ({}), expect: onlyPatients },
  'appointments.get': {
    input: async (w) => ({ id: (await w.appointmentOfPatient()).id }),
    expect: { ...careOfHospitalA, patient: 'ok', otherPatient: 'NOT_FOUND', admin: 'ok' },
  },
  'appointments.reschedule': {
    input: async (w) => ({ appointmentId: (await w.appointmentOfPatient()).id, startsAt: await nextFreeSlot(w) }),
    expect: { ...onlyPatients, otherPatient: 'NOT_FOUND' },
  },
  'appointments.cancel': {
    input: async (w) => ({ appointmentId: (await w.appointmentOfPatient()).id, reason: 'Không thể đến' }),
    expect: { ...careOfHospitalA, patient: 'ok', otherPatient: 'NOT_FOUND', admin: 'ok' },
  },
  'appointments.markCompleted': {
    input: async (w) => ({ id: (await w.appointmentOfPatient('past')).id }),
    expect: careOfHospitalA,
  },
  'appointments.markNoShow': {
    input: async (w) => ({ id: (await w.appointmentOfPatient('past')).id }),
    expect: careOfHospitalA,
  },
  'payments.quote': {
    input: (w) => ({ doctorId: w.doctor.id, type: 'in_person' }),
    expect: onlyPatients,
  },
  'payments.start': {
    input: async (w) => ({ appointmentId: (await w.appointmentOfPatient()).id, method: 'bank_transfer' }),
    expect: ownedByPatient,
  },
  'payments.get': {
    input: async (w) => ({ id: (await w.paymentOfPatient()).id }),
    expect: {
      ...everyone('NOT_FOUND'),
      anonymous: 'UNAUTHORIZED',
      patient: 'ok',
      staff: 'ok',
      admin: 'ok',
    },
  },
  'payments.mine': { input: () => ({}), expect: onlyPatients },
  'payments.refundPreview': {
    input: async (w) => ({ appointmentId: (await w.appointmentOfPatient()).id }),
    expect: { ...careOfHospitalA, patient: 'ok', otherPatient: 'NOT_FOUND', admin: 'ok' },
  },
  'payments.list': { input: () => ({}), expect: { ...onlyStaff, admin: 'ok' } },
  'payments.totals': { input: () => ({}), expect: { ...onlyStaff, admin: 'ok' } },
  'payments.recordDesk': {
    input: async (w) => ({ appointmentId: (await w.appointmentOfPatient()).id, method: 'cash', amount: VISIT_PRICE }),
    expect: ownedByHospitalA,
  },
  'payments.confirmTransfer': {
    input: async (w) => ({ id: (await w.paymentOfPatient('pending_transfer')).id }),
    expect: { ...ownedByHospitalA, admin: 'ok' },
  },
  'payments.importStatement': {
    input: () => ({ csv: 'Ngày giao dịch,Số tiền,Nội dung\n01/12/2026,160000,CHUYEN TIEN\n' }),
    expect: { ...onlyStaff, admin: 'ok' },
  },
  'payments.refund': {
    input: async (w) => ({
      paymentId: (await w.paymentOfPatient()).id,
      amount: 10_000,
      reason: 'Dịch vụ không thực hiện',
      idempotencyKey: unique('refund'),
    }),
    expect: ownedByHospitalA,
  },
  'payments.completeManualRefund': {
    input: async (w) => {
      const payment = await w.paymentOfPatient()
      const refund = await db.prisma.paymentRefund.create({
        data: {
          paymentId: payment.id,
          amount: VISIT_PRICE,
          reason: 'Hủy lịch',
          kind: 'policy',
          requestReference: unique('RF').replace(/[^A-Za-z0-9]/g, ''),
        },
      })
      return { id: refund.id }
    },
    expect: ownedByHospitalA,
  },
  'payments.platformOverview': { input: () => ({ from: today(-30), to: today() }), expect: onlyAdmins },
  'waitlist.join': {
    input: (w) => ({ doctorId: w.doctor.id, date: today(5) }),
    expect: onlyPatients,
  },
  'waitlist.mine': { expect: onlyPatients },
  'waitlist.leave': {
    input: async (w) => ({ id: (await w.waitlistEntryOfPatient()).id }),
    expect: { ...onlyPatients, otherPatient: 'NOT_FOUND' },
  },
  'waitlist.claim': {
    input: async (w) => ({ id: (await w.waitlistEntryOfPatient()).id }),
    expect: { ...onlyPatients, patient: 'PRECONDITION_FAILED', otherPatient: 'NOT_FOUND' },
  },
  'appointments.bookWalkIn': {
    input: async (w) => ({
      doctorId: w.doctor.id,
      startsAt: await nextFreeSlot(w),
      phoneNumber: `09${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`,
      firstName: 'Vãng',
      lastName: 'Lai',
    }),
    expect: { ...onlyStaff, otherStaff: 'NOT_FOUND' },
  },
  'schedule.appointments': {
    input: () => ({ from: today(), to: today(1) }),
    expect: { ...everyone('FORBIDDEN'), anonymous: 'UNAUTHORIZED', doctor: 'ok', staff: 'ok', otherStaff: 'ok' },
  },
  'doctorSchedules.get': { input: (w) => ({ doctorId: w.doctor.id }), expect: careOfHospitalA },
  'doctorSchedules.setWeeklySlots': {
    input: async (w) => {
      const current = await db.prisma.doctorAvailabilitySlot.findMany({ where: { doctorId: w.doctor.id } })
      return {
        doctorId: w.doctor.id,
        slots: current.map(({ day, startTime, endTime, type }) => ({ day, startTime, endTime, type })),
        onlineHours: [],
      }
    },
    expect: careOfHospitalA,
  },
  'doctorSchedules.addException': {
    input: (w) => ({ doctorId: w.doctor.id, date: today(90) }),
    expect: careOfHospitalA,
  },
  'doctorSchedules.removeException': {
    input: async (w) => ({
      id: (
        await db.prisma.scheduleException.create({
          data: { hospitalId: w.hospitalA.id, doctorId: w.doctor.id, date: new Date('2031-01-01T00:00:00Z') },
        })
      ).id,
    }),
    expect: careOfHospitalA,
  },
  'settings.list': { expect: onlyAdmins },
  'settings.update': { input: () => ({ key: 'booking.holdMinutes', value: 15 }), expect: onlyAdmins },
  'verification.queue': { expect: onlyAdmins },
  'verification.decideHospital': { input: (w) => ({ hospitalId: w.hospitalA.id, approve: true }), expect: onlyAdmins },
  'verification.decideDoctor': { input: (w) => ({ doctorId: w.doctor.id, approve: true }), expect: onlyAdmins },
  'verification.documents': {
    input: (w) => ({ doctorId: w.doctor.id }),
    expect: {
      ...everyone('FORBIDDEN'),
      anonymous: 'UNAUTHORIZED',
      doctor: 'ok',
      staff: 'NOT_FOUND',
      otherStaff: 'NOT_FOUND',
      admin: 'ok',
    },
  },
  'verification.myDocuments': {
    expect: { ...everyone('FORBIDDEN'), anonymous: 'UNAUTHORIZED', doctor: 'ok', staff: 'ok', otherStaff: 'ok' },
  },
  'verification.deleteDocument': {
    // the world's doctor is approved: the owner is told the papers stay; others do not learn of them
    input: async (w) => ({
      id: (
        await db.prisma.verificationDocument.create({
          data: {
            ownerUserId: w.users.doctor.id,
            doctorId: w.doctor.id,
            fileName: 'licence.pdf',
            mimeType: 'application/pdf',
            sizeBytes: 10,
            storageKey: `verification/${unique('key')}`,
          },
        })
      ).id,
    }),
    expect: {
      ...everyone('FORBIDDEN'),
      anonymous: 'UNAUTHORIZED',
      doctor: 'PRECONDITION_FAILED',
      staff: 'NOT_FOUND',
      otherStaff: 'NOT_FOUND',
    },
  },
  'myHospital.profile': { expect: onlyStaff },
  'myHospital.updateProfile': { input: () => ({ facilities: ['Wi-Fi'] }), expect: onlyStaff },
  'myHospital.services': { expect: onlyStaff },
  'myHospital.setService': {
    input: async () => {
      const service = await db.prisma.service.upsert({
        where: { name: 'Khám tổng quát' },
        create: { name: 'Khám tổng quát', category: 'consultation', basePrice: 200_000 },
        update: {},
      })
      return { serviceId: service.id, price: 220_000 }
    },
    expect: onlyStaff,
  },
  'myHospital.roster': { expect: onlyStaff },
  'myHospital.updateDoctor': { input: (w) => ({ doctorId: w.doctor.id, experience: 12 }), expect: ownedByHospitalA },
  'myHospital.deactivationPreview': { input: (w) => ({ doctorId: w.doctor.id }), expect: ownedByHospitalA },
  'myHospital.deactivateDoctor': {
    input: async (w) => ({
      doctorId: (await spareDoctorOfHospitalA(w)).id,
      futureAppointments: 'cancel',
      reason: 'Nghỉ việc',
    }),
    expect: ownedByHospitalA,
  },
  'myHospital.reactivateDoctor': {
    input: async (w) => ({ doctorId: (await spareDoctorOfHospitalA(w, 'inactive')).id }),
    expect: ownedByHospitalA,
  },
  'myHospital.removeImage': {
    input: async (w) => {
      const url = `https://images.example/${unique('img')}.jpg`
      await db.prisma.hospital.update({ where: { id: w.hospitalA.id }, data: { images: { push: url } } })
      return { url }
    },
    expect: ownedByHospitalA,
  },
  'myHospital.reorderImages': {
    input: async (w) => {
      const { images } = await db.prisma.hospital.update({
        where: { id: w.hospitalA.id },
        data: { images: ['https://images.example/a.jpg', 'https://images.example/b.jpg'] },
      })
      return { urls: [...images].reverse() }
    },
    // another hospital's staff reorder their own (different) images: refused as not theirs
    expect: { ...onlyStaff, otherStaff: 'BAD_REQUEST' },
  },
  'catalogue.services': { expect: everyone('ok') },
  'catalogue.hospitalServices': { input: (w) => ({ hospitalId: w.hospitalA.id }), expect: everyone('ok') },
  'catalogue.saveService': {
    input: () => ({ name: unique('Xét nghiệm'), category: 'test', basePrice: 90_000 }),
    expect: onlyAdmins,
  },
  'catalogue.saveSpecialty': {
    input: () => ({ name: unique('Chuyên khoa'), nameEn: unique('Specialty') }),
    expect: onlyAdmins,
  },
  'promotions.list': { input: () => ({ limit: 5 }), expect: onlyAdmins },
  'promotions.get': { input: async (w) => ({ id: (await promotionOf(w)).id }), expect: onlyAdmins },
  'promotions.create': { input: () => promotionInput(), expect: onlyAdmins },
  'promotions.update': {
    input: async (w) => ({ ...promotionInput(), id: (await promotionOf(w)).id }),
    expect: onlyAdmins,
  },
  'promotions.setStatus': {
    input: async (w) => ({ id: (await promotionOf(w)).id, status: 'disabled' }),
    expect: onlyAdmins,
  },
  'promotions.uses': { input: async (w) => ({ promotionId: (await promotionOf(w)).id }), expect: onlyAdmins },
  'reviews.published': {
    input: (w) => ({ targetType: 'doctor', targetId: w.doctor.id }),
    expect: everyone('ok'),
  },
  'reviews.eligibility': {
    input: async (w) => ({ appointmentId: (await completedVisitOf(w)).id }),
    expect: ownedByPatient,
  },
  'reviews.create': {
    input: async (w) => ({ appointmentId: (await completedVisitOf(w)).id, targetType: 'doctor', rating: 5 }),
    expect: ownedByPatient,
  },
  'reviews.mine': { input: () => ({}), expect: onlyPatients },
  'reviews.report': {
    input: async (w) => ({ id: (await reviewOf(w, 'approved')).id, reason: 'Không đúng sự thật' }),
    expect: signedIn,
  },
  'reviews.markHelpful': {
    input: async (w) => ({ id: (await reviewOf(w, 'approved')).id, helpful: true }),
    expect: signedIn,
  },
  'reviews.respond': {
    input: async (w) => ({ id: (await reviewOf(w, 'approved')).id, text: 'Cảm ơn anh/chị' }),
    expect: {
      ...everyone('FORBIDDEN'),
      anonymous: 'UNAUTHORIZED',
      doctor: 'ok',
      staff: 'ok',
      otherStaff: 'NOT_FOUND',
    },
  },
  'reviews.queue': { input: () => ({}), expect: onlyAdmins },
  'reviews.moderate': {
    input: async (w) => ({ id: (await reviewOf(w, 'pending')).id, decision: 'approve' }),
    expect: onlyAdmins,
  },
  'conversations.start': {
    input: async (w) => ({ with: 'patient', appointmentId: (await w.appointmentOfPatient('past')).id }),
    expect: careOfHospitalA,
  },
  'conversations.list': { input: () => ({}), expect: signedIn },
  'conversations.unreadCount': { expect: signedIn },
  'conversations.get': {
    input: async (w) => ({ conversationId: (await deskConversationOf(w)).conversation.id }),
    expect: membersOfDeskA,
  },
  'conversations.messages': {
    input: async (w) => ({ conversationId: (await deskConversationOf(w)).conversation.id }),
    expect: membersOfDeskA,
  },
  'conversations.send': {
    input: async (w) => ({
      conversationId: (await deskConversationOf(w)).conversation.id,
      clientMessageId: randomUUID(),
      content: 'Xin chào',
    }),
    expect: membersOfDeskA,
  },
  'conversations.markRead': {
    input: async (w) => {
      const { conversation, message } = await deskConversationOf(w)
      return { conversationId: conversation.id, upToMessageId: message.id }
    },
    expect: membersOfDeskA,
  },
  'conversations.assign': {
    input: async (w) => ({
      conversationId: (await deskConversationOf(w)).conversation.id,
      assigneeUserId: w.users.staff.id,
    }),
    expect: ownedByHospitalA,
  },
  'conversations.archive': {
    input: async (w) => ({ conversationId: (await deskConversationOf(w)).conversation.id, archived: true }),
    expect: membersOfDeskA,
  },
  'medicalRecords.get': { input: async (w) => ({ id: (await recordOf(w, true)).id }), expect: clinicalOfPatient },
  'medicalRecords.history': { input: async (w) => ({ id: (await recordOf(w, true)).id }), expect: clinicalOfPatient },
  'medicalRecords.mine': { input: () => ({}), expect: onlyPatients },
  'medicalRecords.accessLog': { input: () => ({}), expect: onlyPatients },
  'medicalRecords.forAppointment': {
    input: async (w) => ({ appointmentId: (await completedVisitOf(w)).id }),
    expect: { ...careOfHospitalA },
  },
  'medicalRecords.saveDraft': {
    input: async (w) => ({
      appointmentId: (await completedVisitOf(w)).id,
      content: { diagnosis: [{ text: 'Viêm họng cấp', code: 'J02.9' }] },
    }),
    expect: onlyDoctors,
  },
  'medicalRecords.share': { input: async (w) => ({ id: (await recordOf(w, false)).id }), expect: onlyDoctors },
  'medicalRecords.amend': {
    input: async (w) => ({
      id: (await recordOf(w, true)).id,
      content: { diagnosis: [{ text: 'Viêm amidan', code: 'J03.9' }] },
      reason: 'Sửa chẩn đoán',
    }),
    expect: onlyDoctors,
  },
  'medicalRecords.chart': {
    input: async (w) => ({ patientId: (await completedVisitOf(w)).patientId }),
    expect: onlyDoctors,
  },
  'medicalRecords.diagnoses': { input: () => ({ q: 'viêm' }), expect: onlyDoctors },
  'notifications.list': { input: () => ({ limit: 5 }), expect: signedIn },
  'notifications.unreadCount': { expect: signedIn },
  // anyone may name ids; only their own notifications change
  'notifications.markRead': { input: async (w) => ({ ids: [(await notificationOfPatient(w)).id] }), expect: signedIn },
  'notifications.markAllRead': { expect: signedIn },
  'notifications.preferences': { expect: signedIn },
  'notifications.setPreference': { input: () => ({ type: 'system', email: false }), expect: signedIn },
  // other hospitals' staff learn nothing: their answer is empty
  'notifications.deliveryFailures': {
    input: async (w) => ({ appointmentIds: [(await w.appointmentOfPatient()).id] }),
    expect: onlyStaff,
  },
  'promotions.check': { input: (w) => ({ code: 'KHONGCOMA', doctorId: w.doctor.id }), expect: onlyPatients },
  'dashboards.hospital': { input: () => ({ from: today(-30), to: today() }), expect: onlyStaff },
  'dashboards.admin': { expect: onlyAdmins },
  'doctorSelf.profile': { expect: { ...everyone('FORBIDDEN'), anonymous: 'UNAUTHORIZED', doctor: 'ok' } },
  'doctorSelf.updateProfile': {
    input: () => ({ biography: 'Bác sĩ nội khoa, khám người lớn.' }),
    expect: { ...everyone('FORBIDDEN'), anonymous: 'UNAUTHORIZED', doctor: 'ok' },
  },
  'doctorSelf.patients': {
    input: () => ({ limit: 5 }),
    expect: { ...everyone('FORBIDDEN'), anonymous: 'UNAUTHORIZED', doctor: 'ok' },
  },
  'doctors.search': { input: () => ({ limit: 5 }), expect: everyone('ok') },
  'doctors.get': { input: (w) => ({ id: w.doctor.id }), expect: everyone('ok') },
  'hospitals.near': { input: () => ({ latitude: 21.03, longitude: 105.85 }), expect: everyone('ok') },
  'hospitals.get': { input: (w) => ({ id: w.hospitalA.id }), expect: everyone('ok') },
  'specialties.list': { expect: everyone('ok') },
  'hospitals.search': { input: () => ({ limit: 5 }), expect: everyone('ok') },
  'hospitals.cities': { expect: everyone('ok') },
  /** each caller's own stream: there is no input that names someone else's */
  'realtime.events': { input: () => ({}), expect: signedIn },
}

let db: Database

describe('authorization matrix', () => {
  let world: World
  let services: Services

  beforeAll(async () => {
    db = await createTestDatabase()
    world = await buildWorld(db.prisma)
    await openAllWeek(db.prisma, world.hospitalA.id, world.doctor.id)
    await testSettings(db.prisma)
    services = createServices(defaultApiConfig())
  })
  afterAll(async () => {
    await db?.close()
  })

  it('has a row for every procedure of the router, and none for procedures that are gone', () => {
    expect(Object.keys(MATRIX).sort()).toEqual(Object.keys(appRouter._def.procedures).sort())
  })

  for (const [path, row] of Object.entries(MATRIX)) {
    it(`${path}`, async () => {
      const outcomes: Partial<Record<Actor, Outcome | string>> = {}
      for (const actor of ACTORS) {
        const sessionToken = actor === 'anonymous' ? undefined : await world.sessionFor(world.users[actor].id)
        const caller = await callerFor(db.prisma, services, sessionToken, `10.0.0.${ACTORS.indexOf(actor) + 1}`)
        const procedure = path
          .split('.')
          .reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], caller) as (
          input: unknown,
        ) => Promise<unknown>
        const input = row.input ? await row.input(world) : undefined
        outcomes[actor] = await procedure(input).then(
          () => 'ok',
          (error: { code?: string; message?: string }) => error.code ?? `threw: ${error.message}`,
        )
      }
      expect(outcomes).toEqual(row.expect)
    })
  }
})
