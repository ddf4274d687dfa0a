import type {
  ActivityLog,
  Appointment,
  AppointmentCharge,
  Conversation,
  ConversationParticipant,
  MedicalRecord,
  MedicalRecordVersion,
  Message,
  Notification,
  Payment,
  PaymentRefund,
  Review,
  ReviewReport,
} from '../generated/prisma/client.js'
import { visitActivity } from './activity.js'
import { type AppointmentWindow, type Booker, calendarDays, generateAppointments, type Visit } from './appointments.js'
import type { BulkWriter } from './bulk.js'
import { amendRecord, drawMedicalRecord, drawReviews, moderateReviews } from './clinical.js'
import { drawConversation } from './conversations.js'
import { buildNotification, visitNotifications } from './notifications.js'
import { drawPayments, drawRefunds, paymentStatusOf, TransactionCounter } from './payments.js'
import { itemAt, Random } from './random.js'
import type { Directory } from './seed-directory.js'
import { DAY } from './time.js'

function openSinks(writer: BulkWriter) {
  return {
    appointments: writer.sink<Appointment>('appointments'),
    charges: writer.sink<AppointmentCharge>('appointment_charges'),
    payments: writer.sink<Payment>('payments'),
    refunds: writer.sink<PaymentRefund>('payment_refunds'),
    medicalRecords: writer.sink<MedicalRecord>('medical_records', { json: ['prescription', 'labTests'] }),
    recordVersions: writer.sink<MedicalRecordVersion>('medical_record_versions', { json: ['content'] }),
    reviews: writer.sink<Review>('reviews'),
    reviewReports: writer.sink<ReviewReport>('review_reports'),
    conversations: writer.sink<Conversation>('conversations'),
    participants: writer.sink<ConversationParticipant>('conversation_participants'),
    messages: writer.sink<Message>('messages', { json: ['attachments'] }),
    notifications: writer.sink<Notification>('notifications'),
    activity: writer.sink<ActivityLog>('activity_logs', { json: ['details'] }),
  }
}

type VisitSinks = ReturnType<typeof openSinks>

/**
 * Splits `total` appointments over the doctors with some busier than others; the shares add up
 * to exactly `total` (largest remainders).
 */
function workloads(random: Random, doctors: number, total: number): number[] {
  const weights = Array.from({ length: doctors }, () => random.between(0.6, 1.4))
  const sum = weights.reduce((a, b) => a + b, 0)
  const exact = weights.map((weight) => (total * weight) / sum)
  const counts = exact.map(Math.floor)
  let missing = total - counts.reduce((a, b) => a + b, 0)
  const order = exact.map((share, index) => [share - Math.floor(share), index] as const).sort((a, b) => b[0] - a[0])
  for (const [, index] of order) {
    if (missing-- <= 0) break
    counts[index] = (counts[index] ?? 0) + 1
  }
  return counts
}

/** The demo patient books with the demo doctor often, and once with each of a few others. */
function bookerChooser(directory: Directory, doctorOrdinal: number) {
  const patients = directory.patientIds.length
  return (random: Random, appointmentOrdinal: number): Booker => {
    const demo =
      (doctorOrdinal === 0 && appointmentOrdinal % 4 === 0) || (doctorOrdinal < 12 && appointmentOrdinal === 1)
    const index = demo ? 0 : random.int(0, patients - 1)
    const family = directory.familyMemberIds.get(index)
    return {
      patientId: itemAt(directory.patientIds, index),
      patientUserId: itemAt(directory.patientUserIds, index),
      familyMemberId: family && random.chance(demo ? 0.3 : 0.15) ? random.pick(family) : null,
    }
  }
}

function seedConversation(sinks: VisitSinks, random: Random, visit: Visit) {
  const seeded = drawConversation(random, visit)
  if (!seeded) return
  sinks.conversations.push(seeded.conversation)
  for (const participant of seeded.participants) sinks.participants.push(participant)
  for (const message of seeded.messages) sinks.messages.push(message)
  const last = seeded.messages.at(-1)
  const recipient = seeded.participants.find((participant) => participant.userId !== last?.senderId)
  if (!last || !recipient) return
  sinks.notifications.push(
    buildNotification(
      random,
      {
        recipientId: recipient.userId,
        recipientRole: recipient.role,
        type: 'new_message',
        title: 'Tin nhắn mới',
        message: last.content.length > 80 ? `${last.content.slice(0, 77)}...` : last.content,
        relatedTo: { type: 'conversation', id: seeded.conversation.id },
        at: last.createdAt,
      },
      visit.now,
    ),
  )
}

/**
 * Appointments doctor by doctor, each with what follows from it: payments, the medical
 * record, reviews, notifications, a conversation now and then, and the activity log.
 */
export function seedVisits(
  writer: BulkWriter,
  directory: Directory,
  window: AppointmentWindow,
  seed: number,
  total: number,
) {
  const sinks = openSinks(writer)
  const transactions = new TransactionCounter()
  const counts = workloads(Random.derive(seed, 'workloads'), directory.bookableDoctors.length, total)
  const now = window.now.getTime()
  const days = calendarDays(window)
  directory.bookableDoctors.forEach((doctor, ordinal) => {
    const random = Random.derive(seed, 'appointments', ordinal)
    // charges and refunds draw their ids from their own stream: the visits stay as they were
    const billing = Random.derive(seed, 'billing', ordinal)
    const moderation = Random.derive(seed, 'moderation', ordinal)
    const talkedTo = new Set<string>()
    const visits = generateAppointments(
      random,
      doctor,
      counts[ordinal] ?? 0,
      window,
      days,
      bookerChooser(directory, ordinal),
    )
    for (const visit of visits) {
      const { appointment } = visit
      const payments = drawPayments(random, visit, transactions)
      appointment.paymentStatus = paymentStatusOf(payments)
      appointment.paymentId = payments.at(-1)?.id ?? null
      sinks.appointments.push(appointment)
      sinks.charges.push({
        id: billing.uuid(),
        appointmentId: appointment.id,
        kind: 'consultation',
        hospitalServiceId: null,
        description: 'Khám bệnh',
        amount: appointment.totalAmount,
        position: 0,
      })
      for (const payment of payments) sinks.payments.push(payment)
      for (const refund of drawRefunds(billing, payments)) sinks.refunds.push(refund)
      const record = drawMedicalRecord(random, visit)
      const amendment = record ? amendRecord(moderation, record, window.now) : null
      if (record) sinks.medicalRecords.push(record)
      if (amendment) sinks.recordVersions.push(amendment)
      const reviews = drawReviews(random, visit)
      const reports = moderateReviews(moderation, reviews, doctor.userId, window.now)
      for (const review of reviews) sinks.reviews.push(review)
      for (const report of reports) sinks.reviewReports.push(report)
      const aroundNow = Math.abs(appointment.startsAt.getTime() - now) < 30 * DAY
      if (aroundNow && !talkedTo.has(appointment.patientId) && random.chance(0.08)) {
        talkedTo.add(appointment.patientId)
        seedConversation(sinks, random, visit)
      }
      for (const notification of visitNotifications(random, visit, payments, reviews))
        sinks.notifications.push(notification)
      for (const log of visitActivity(random, visit, payments)) sinks.activity.push(log)
    }
  })
}
