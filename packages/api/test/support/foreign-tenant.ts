import { randomUUID } from 'node:crypto'
import type { PrismaClient } from '@medbook/db'
import { createSession } from '../../src/auth/sessions.js'
import { openAllWeek } from './schedule.js'
import type { World } from './world.js'

/** A string no fixture or procedure writes by chance: it marks one private value of the foreign tenant. */
const markers: string[] = []
const secret = (what: string) => {
  const marker = `Xq${what}Zk${markers.length}`
  markers.push(marker)
  return marker
}
/** a Vietnamese mobile number that only the foreign tenant's rows carry */
const secretPhone = () => {
  const phone = `+8497${String(7_000_000 + markers.length * 37).padStart(7, '0')}`
  markers.push(phone, `0${phone.slice(3)}`)
  return phone
}

const hour = 3_600_000
const at = (hoursFromNow: number) => new Date(Date.now() + hoursFromNow * hour)

/**
 * Everything hospital B and patient P2 own, added to the world (where hospital A, its staff and
 * doctor, and patient P1 live): hospital B's doctor, walk-in patient, appointments, waitlist,
 * papers, images, prices, closures and invitations; P2's family, appointments at hospital B,
 * favourites, medical profile and record, notifications, sessions and API keys. Every private
 * value carries a marker (`privateMarkers`); `ids` holds the real id of every kind of row
 * (and hospital B's image addresses, which its staff name images by).
 * Hospital B's and doctor B's public profiles carry none: public procedures may show them.
 */
export async function buildForeignTenant(db: PrismaClient, world: World) {
  const hospital = await db.hospital.findUniqueOrThrow({ where: { userId: world.users.otherStaff.id } })
  const staff = await db.user.update({
    where: { id: world.users.otherStaff.id },
    data: { email: `${secret('staffB').toLowerCase()}@world.test`, phoneNumber: secretPhone() },
  })
  const { images } = await db.hospital.update({
    where: { id: hospital.id },
    data: { images: ['https://images.example/hospital-b-front.jpg', 'https://images.example/hospital-b-hall.jpg'] },
  })
  const specialty = await db.specialty.create({
    data: { name: 'Tim mạch B', nameEn: 'Cardiology B', slug: 'cardiology-b' },
  })
  const doctorUser = await db.user.create({
    data: {
      role: 'doctor',
      email: `${secret('doctorB').toLowerCase()}@world.test`,
      phoneNumber: secretPhone(),
      firstName: 'Bình',
      lastName: 'Trần',
      verificationStatus: true,
    },
  })
  const doctor = await db.doctor.create({
    data: {
      userId: doctorUser.id,
      hospitalId: hospital.id,
      licenseNumber: `LIC-B-${markers.length}`,
      consultationFee: 250_000,
      status: 'approved',
      specialties: { create: [{ specialtyId: specialty.id }] },
    },
  })
  await openAllWeek(db, hospital.id, doctor.id)
  const [slot] = await db.doctorAvailabilitySlot.findMany({ where: { doctorId: doctor.id }, take: 1 })

  const patientUser = await db.user.update({
    where: { id: world.users.otherPatient.id },
    data: {
      firstName: secret('P2first'),
      lastName: secret('P2last'),
      email: `${secret('P2mail').toLowerCase()}@world.test`,
      phoneNumber: secretPhone(),
    },
  })
  const patient = await db.patient.update({
    where: { userId: patientUser.id },
    data: {
      allergies: [secret('P2allergy')],
      medicalHistory: [{ condition: secret('P2condition'), notes: secret('P2history') }],
      emergencyContact: { name: secret('P2contact'), relationship: 'spouse', phoneNumber: secretPhone() },
    },
  })
  const familyMember = await db.familyMember.create({
    data: {
      patientId: patient.id,
      relationship: 'child',
      firstName: secret('P2childFirst'),
      lastName: secret('P2childLast'),
      phoneNumber: secretPhone(),
    },
  })
  await db.patientFavoriteDoctor.create({ data: { patientId: patient.id, doctorId: doctor.id } })

  const appointment = (data: {
    patientId: string
    startsAt: Date
    familyMemberId?: string
    bookedById: string
    status?: 'scheduled' | 'cancelled'
  }) =>
    db.appointment.create({
      data: {
        ...data,
        doctorId: doctor.id,
        hospitalId: hospital.id,
        appointmentDate: new Date(data.startsAt.toISOString().slice(0, 10)),
        endsAt: new Date(data.startsAt.getTime() + 30 * 60_000),
        type: 'in_person',
        reasonForVisit: secret('reason'),
        symptoms: [secret('symptom')],
        notes: secret('notes'),
        cancellationReason: data.status === 'cancelled' ? secret('cancelReason') : null,
        cancelledBy: data.status === 'cancelled' ? 'patient' : null,
      },
    })
  const futureAppointment = await appointment({
    patientId: patient.id,
    startsAt: at(24 * 300 + 1),
    bookedById: patientUser.id,
  })
  const familyAppointment = await appointment({
    patientId: patient.id,
    familyMemberId: familyMember.id,
    startsAt: at(24 * 300 + 3),
    bookedById: patientUser.id,
  })
  const pastAppointment = await appointment({
    patientId: patient.id,
    startsAt: at(-24 * 300 - 5),
    bookedById: patientUser.id,
  })
  const cancelledAppointment = await appointment({
    patientId: patient.id,
    startsAt: at(24 * 300 + 5),
    bookedById: patientUser.id,
    status: 'cancelled',
  })

  const walkInUser = await db.user.create({
    data: {
      role: 'patient',
      phoneNumber: secretPhone(),
      firstName: secret('walkInFirst'),
      lastName: secret('walkInLast'),
    },
  })
  const walkIn = await db.patient.create({ data: { userId: walkInUser.id, allergies: [secret('walkInAllergy')] } })
  const walkInAppointment = await appointment({
    patientId: walkIn.id,
    startsAt: at(-24 * 300 - 9),
    bookedById: staff.id,
  })

  const waitlistEntry = await db.waitlistEntry.create({
    data: { patientId: patient.id, doctorId: doctor.id, date: new Date('2031-06-02'), type: 'in_person' },
  })
  const familyWaitlistEntry = await db.waitlistEntry.create({
    data: {
      patientId: patient.id,
      familyMemberId: familyMember.id,
      doctorId: doctor.id,
      date: new Date('2031-06-03'),
      type: 'in_person',
    },
  })
  const medicalRecord = await db.medicalRecord.create({
    data: {
      patientId: patient.id,
      doctorId: doctor.id,
      hospitalId: hospital.id,
      appointmentId: pastAppointment.id,
      diagnosis: [secret('diagnosis')],
      diagnosisCodes: [''],
      treatment: secret('treatment'),
      notes: secret('recordNotes'),
    },
  })
  const notification = await db.notification.create({
    data: {
      recipientId: patientUser.id,
      recipientRole: 'patient',
      type: 'appointment_reminder',
      title: secret('notificationTitle'),
      message: secret('notificationBody'),
      relatedToType: 'appointment',
      relatedToId: futureAppointment.id,
    },
  })
  const doctorDocument = await db.verificationDocument.create({
    data: {
      ownerUserId: doctorUser.id,
      doctorId: doctor.id,
      fileName: `${secret('doctorPaper')}.pdf`,
      mimeType: 'application/pdf',
      sizeBytes: 10,
      storageKey: `verification/${secret('doctorPaperKey')}`,
    },
  })
  const hospitalDocument = await db.verificationDocument.create({
    data: {
      ownerUserId: staff.id,
      hospitalId: hospital.id,
      fileName: `${secret('hospitalPaper')}.pdf`,
      mimeType: 'application/pdf',
      sizeBytes: 10,
      storageKey: `verification/${secret('hospitalPaperKey')}`,
    },
  })
  const service = await db.service.create({
    data: { name: 'Siêu âm tim B', category: 'imaging', basePrice: 400_000 },
  })
  const hospitalService = await db.hospitalService.create({
    data: { hospitalId: hospital.id, serviceId: service.id, price: 450_000 },
  })
  const closure = await db.scheduleException.create({
    data: {
      hospitalId: hospital.id,
      doctorId: doctor.id,
      date: new Date('2031-05-05'),
      reason: secret('closureReason'),
      createdById: staff.id,
    },
  })
  const invitation = await db.doctorInvitation.create({
    data: {
      hospitalId: hospital.id,
      email: `${secret('invitee').toLowerCase()}@world.test`,
      tokenHash: secret('invitationHash'),
      invitedById: staff.id,
      expiresAt: at(24),
    },
  })
  const session = await createSession(db, patientUser.id, { ipAddress: '198.51.100.77', userAgent: secret('P2agent') })
  const staffSession = await createSession(db, staff.id, { ipAddress: null, userAgent: secret('staffBagent') })
  const apiKey = await db.apiKey.create({
    data: {
      userId: patientUser.id,
      name: secret('P2key'),
      prefix: 'mbk_p2',
      hashedKey: secret('P2keyHash'),
      scopes: ['profile:read'],
    },
  })
  const activity = await db.activityLog.create({
    data: { userId: patientUser.id, userRole: 'patient', action: 'login', details: { note: secret('P2activity') } },
  })

  const payment = await db.payment.create({
    data: {
      appointmentId: pastAppointment.id,
      patientId: patient.id,
      hospitalId: hospital.id,
      amount: 450_000,
      paymentMethod: 'cash',
      reference: 'MBFOREIGNPAID1',
      transactionId: secret('P2transaction'),
      status: 'completed',
      paymentDate: at(-24 * 30),
    },
  })
  const transfer = await db.payment.create({
    data: {
      appointmentId: futureAppointment.id,
      patientId: patient.id,
      hospitalId: hospital.id,
      amount: 450_000,
      paymentMethod: 'bank_transfer',
      reference: 'MBFOREIGNWAIT1',
      status: 'pending',
      expiresAt: at(24),
    },
  })
  const refund = await db.paymentRefund.create({
    data: {
      paymentId: payment.id,
      amount: 100_000,
      reason: secret('refundReason'),
      kind: 'policy',
      requestReference: 'RFFOREIGN00001',
    },
  })

  const recordFile = await db.medicalRecordFile.create({
    data: {
      recordId: medicalRecord.id,
      uploadedById: doctorUser.id,
      fileName: `${secret('labFile')}.pdf`,
      mimeType: 'application/pdf',
      sizeBytes: 10,
      storageKey: `records/${secret('labFileKey')}`,
    },
  })
  await db.medicalRecordVersion.create({
    data: {
      recordId: medicalRecord.id,
      version: 1,
      content: { diagnosis: [secret('earlierDiagnosis')], diagnosisCodes: [''] },
      amendedById: doctorUser.id,
      reason: secret('amendmentReason'),
    },
  })
  const review = await db.review.create({
    data: {
      patientId: patient.id,
      appointmentId: pastAppointment.id,
      targetType: 'doctor',
      doctorId: doctor.id,
      rating: 2,
      comment: secret('pendingReview'),
    },
  })

  const conversation = await db.conversation.create({
    data: {
      appointmentId: pastAppointment.id,
      participants: {
        create: [
          { userId: patientUser.id, role: 'patient' },
          { userId: doctorUser.id, role: 'doctor' },
        ],
      },
    },
  })
  const message = await db.message.create({
    data: {
      conversationId: conversation.id,
      senderId: patientUser.id,
      senderRole: 'patient',
      content: secret('chatMessage'),
      clientMessageId: randomUUID(),
    },
  })
  await db.conversation.update({ where: { id: conversation.id }, data: { lastMessageId: message.id } })
  const messageFile = await db.messageFile.create({
    data: {
      uploadedById: patientUser.id,
      messageId: message.id,
      fileName: `${secret('chatFile')}.pdf`,
      mimeType: 'application/pdf',
      size: 10,
      storedName: `messages/${secret('chatFileKey')}`,
    },
  })
  const deskConversation = await db.conversation.create({
    data: {
      hospitalId: hospital.id,
      appointmentId: futureAppointment.id,
      participants: { create: [{ userId: patientUser.id, role: 'patient' }] },
    },
  })
  const deskMessage = await db.message.create({
    data: {
      conversationId: deskConversation.id,
      senderId: patientUser.id,
      senderRole: 'patient',
      content: secret('deskMessage'),
    },
  })

  const ids = {
    conversation: conversation.id,
    deskConversation: deskConversation.id,
    message: message.id,
    deskMessage: deskMessage.id,
    messageFile: messageFile.id,
    payment: payment.id,
    recordFile: recordFile.id,
    review: review.id,
    transferPayment: transfer.id,
    refund: refund.id,
    hospital: hospital.id,
    staffUser: staff.id,
    doctor: doctor.id,
    doctorUser: doctorUser.id,
    availabilitySlot: slot?.id ?? doctor.id,
    patient: patient.id,
    patientUser: patientUser.id,
    familyMember: familyMember.id,
    futureAppointment: futureAppointment.id,
    familyAppointment: familyAppointment.id,
    pastAppointment: pastAppointment.id,
    cancelledAppointment: cancelledAppointment.id,
    walkInPatient: walkIn.id,
    walkInUser: walkInUser.id,
    walkInAppointment: walkInAppointment.id,
    waitlistEntry: waitlistEntry.id,
    familyWaitlistEntry: familyWaitlistEntry.id,
    medicalRecord: medicalRecord.id,
    notification: notification.id,
    doctorDocument: doctorDocument.id,
    hospitalDocument: hospitalDocument.id,
    hospitalService: hospitalService.id,
    closure: closure.id,
    invitation: invitation.id,
    session: session.id,
    staffSession: staffSession.id,
    apiKey: apiKey.id,
    activity: activity.id,
    frontImage: images[0] ?? '',
    hallImage: images[1] ?? '',
  }
  /** ids that rows of the caller's own may hold: a patient books hospital B's doctor */
  const publicIds = [hospital.id, doctor.id]
  /** numbers a hospital's desk might type for a walk-in, with the names on their accounts */
  const people = [patientUser, walkInUser].map(({ phoneNumber, firstName, lastName }) => ({
    phoneNumber: phoneNumber ?? '',
    firstName,
    lastName,
  }))
  return { ids, publicIds, people, privateMarkers: [...markers], hospital, doctor, patient }
}

export type ForeignTenant = Awaited<ReturnType<typeof buildForeignTenant>>
