import type { ActivityLog, Payment, User, UserRole } from '../generated/prisma/client.js'
import type { Visit } from './appointments.js'
import type { Random } from './random.js'
import { DAY } from './time.js'

const USER_AGENTS = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 18_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 15; SM-A556E) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Mobile Safari/537.36',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/141.0.0.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_6) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.5 Safari/605.1.15',
  'MedBook/2.3.1 (Android 14; Xiaomi 13T)',
]

/** First octets of Vietnamese consumer ISPs' address blocks. */
const ISP_PREFIXES = [113, 14, 27, 42, 58, 171, 115, 116, 123, 125]

/** Activity older than this has been archived away, so only recent events are seeded. */
export const ACTIVITY_HISTORY = 30 * DAY

function ipAddress(random: Random): string {
  return `${random.pick(ISP_PREFIXES)}.${random.int(0, 255)}.${random.int(0, 255)}.${random.int(1, 254)}`
}

export function buildActivity(
  random: Random,
  actor: { userId: string | null; userRole: UserRole | null },
  action: string,
  details: Record<string, string | number | boolean>,
  timestamp: Date,
): ActivityLog {
  return {
    id: random.uuid(),
    userId: actor.userId,
    userRole: actor.userRole,
    action,
    details,
    ipAddress: ipAddress(random),
    userAgent: random.pick(USER_AGENTS),
    timestamp,
  }
}

/** A user's last sign-in, and now and then a mistyped password before it. */
export function loginActivity(random: Random, user: User): ActivityLog[] {
  if (!user.lastLogin) return []
  const actor = { userId: user.id, userRole: user.role }
  const logs = [buildActivity(random, actor, 'login', { method: 'password' }, user.lastLogin)]
  if (random.chance(0.05)) {
    const before = new Date(user.lastLogin.getTime() - random.int(10, 120) * 1000)
    logs.unshift(buildActivity(random, actor, 'login_failed', { reason: 'wrong_password' }, before))
  }
  return logs
}

/** Booking, cancelling, rescheduling and paying, by whoever did it. */
export function visitActivity(random: Random, visit: Visit, payments: readonly Payment[]): ActivityLog[] {
  const { appointment, doctor, now } = visit
  if (appointment.createdAt.getTime() < now.getTime() - ACTIVITY_HISTORY) return []
  const patient = { userId: visit.patientUserId, userRole: 'patient' as const }
  const details = { appointmentId: appointment.id, doctorId: appointment.doctorId }
  const logs = [
    buildActivity(
      random,
      patient,
      appointment.rescheduledFromId ? 'reschedule_appointment' : 'book_appointment',
      { ...details, type: appointment.type },
      appointment.createdAt,
    ),
  ]
  if (appointment.status === 'cancelled' && visit.changedAt) {
    const actor =
      appointment.cancelledBy === 'patient'
        ? patient
        : appointment.cancelledBy === 'doctor'
          ? { userId: doctor.userId, userRole: 'doctor' as const }
          : appointment.cancelledBy === 'hospital'
            ? { userId: doctor.hospitalUserId, userRole: 'hospital' as const }
            : { userId: null, userRole: null }
    logs.push(
      buildActivity(
        random,
        actor,
        'cancel_appointment',
        { ...details, reason: appointment.cancellationReason ?? '' },
        visit.changedAt,
      ),
    )
  }
  for (const payment of payments) {
    if (payment.paymentDate && payment.paymentMethod !== 'cash') {
      logs.push(
        buildActivity(
          random,
          patient,
          'make_payment',
          { paymentId: payment.id, amount: payment.amount, method: payment.paymentMethod },
          payment.paymentDate,
        ),
      )
    }
  }
  return logs
}
