import type { TDeactivateDoctorOutput, TDeactivationPreview, ZDeactivateDoctorInput } from '@medbook/contracts'
import type { Prisma, PrismaClient } from '@medbook/db'
import type { z } from 'zod'
import { setUserStatus } from '../admin/users-service.js'
import { takeQueueNumber } from '../appointments/booking-service.js'
import { dispatchNotifications, recordAppointmentNotification } from '../appointments/notify.js'
import { appointmentSelect, fullName } from '../appointments/present.js'
import { assertMove } from '../appointments/state-machine.js'
import { type ActivityActor, logActivity } from '../audit/log-activity.js'
import { instantToLocal } from '../availability/local-time.js'
import { handConversationsToDesk } from '../conversations/handover.js'
import { isUniqueViolation } from '../db-errors.js'
import { AppError } from '../errors.js'
import { settleCancellation } from '../payments/cancellation.js'
import { executeRefunds } from '../payments/refund-executor.js'
import type { Services } from '../services.js'

type Tx = Prisma.TransactionClient

const futureSelect = {
  id: true,
  status: true,
  startsAt: true,
  endsAt: true,
  type: true,
  patient: { select: { user: { select: { firstName: true, lastName: true } } } },
  familyMember: { select: { firstName: true, lastName: true } },
} satisfies Prisma.AppointmentSelect

type FutureAppointment = Prisma.AppointmentGetPayload<{ select: typeof futureSelect }>

/** The doctor's scheduled appointments that have not started yet, soonest first. */
function futureAppointments(db: Tx | PrismaClient, doctorId: string, now: Date): Promise<FutureAppointment[]> {
  return db.appointment.findMany({
    where: { doctorId, status: 'scheduled', startsAt: { gt: now } },
    orderBy: [{ startsAt: 'asc' }, { id: 'asc' }],
    select: futureSelect,
  })
}

async function doctorOfHospital(db: Tx | PrismaClient, hospitalId: string, doctorId: string) {
  const doctor = await db.doctor.findFirst({
    where: { id: doctorId, hospitalId },
    select: {
      id: true,
      status: true,
      userId: true,
      user: { select: { firstName: true, lastName: true, status: true } },
      hospital: { select: { timeZone: true } },
    },
  })
  if (!doctor) throw new AppError('NOT_FOUND', 'No such doctor at your hospital')
  return doctor
}

/** The doctor that takes over: approved, active, at the same hospital. */
async function reassignmentTarget(db: Tx | PrismaClient, hospitalId: string, doctorId: string) {
  const target = await db.doctor.findFirst({
    where: { id: doctorId, hospitalId },
    select: { id: true, status: true, user: { select: { firstName: true, lastName: true, status: true } } },
  })
  if (!target) throw new AppError('NOT_FOUND', 'No such doctor at your hospital', { field: 'reassignToDoctorId' })
  if (target.status !== 'approved' || target.user.status !== 'active') {
    throw new AppError('PRECONDITION_FAILED', 'Appointments can only move to an approved, active doctor', {
      field: 'reassignToDoctorId',
    })
  }
  return { id: target.id, name: fullName(target.user) }
}

/** Ids of the appointments that overlap one the target doctor already has. */
async function clashingIds(
  db: Tx | PrismaClient,
  targetDoctorId: string,
  appointments: FutureAppointment[],
): Promise<Set<string>> {
  if (appointments.length === 0) return new Set()
  const first = appointments[0] as FutureAppointment
  const last = appointments.reduce((latest, a) => (a.endsAt > latest ? a.endsAt : latest), first.endsAt)
  const theirs = await db.appointment.findMany({
    where: {
      doctorId: targetDoctorId,
      status: { in: ['scheduled', 'completed', 'no_show'] },
      startsAt: { lt: last },
      endsAt: { gt: first.startsAt },
    },
    select: { startsAt: true, endsAt: true },
  })
  return new Set(
    appointments
      .filter((mine) => theirs.some((other) => other.startsAt < mine.endsAt && mine.startsAt < other.endsAt))
      .map((mine) => mine.id),
  )
}

function clashError(count: number) {
  return new AppError(
    'CONFLICT',
    `${count} of the doctor's appointments clash with the other doctor's; nothing was changed`,
    { clashCount: count },
  )
}

export async function previewDeactivation(
  db: PrismaClient,
  hospitalId: string,
  input: { doctorId: string; reassignToDoctorId?: string },
  now = new Date(),
): Promise<TDeactivationPreview> {
  const doctor = await doctorOfHospital(db, hospitalId, input.doctorId)
  if (input.reassignToDoctorId === input.doctorId) {
    throw new AppError('BAD_REQUEST', 'Choose another doctor', { field: 'reassignToDoctorId' })
  }
  const target = input.reassignToDoctorId ? await reassignmentTarget(db, hospitalId, input.reassignToDoctorId) : null
  const appointments = await futureAppointments(db, doctor.id, now)
  const clashes = target ? await clashingIds(db, target.id, appointments) : new Set<string>()
  return {
    doctorId: doctor.id,
    doctorName: fullName(doctor.user),
    appointments: appointments.map((a) => ({
      id: a.id,
      startsAt: a.startsAt,
      endsAt: a.endsAt,
      patientName: fullName(a.familyMember ?? a.patient.user),
      type: a.type,
      clashes: clashes.has(a.id),
    })),
    target,
    clashCount: clashes.size,
  }
}

/**
 * Takes a doctor out of service in one transaction: their future appointments are cancelled
 * or moved to another doctor of the hospital at the same times (all or none), their waitlist
 * closes, their account becomes inactive and its sessions end. Each patient's notification is
 * written in the same transaction and sent once it commits.
 *
 * The doctor's row is held FOR UPDATE from the first statement, so a booking racing this
 * waits (lockDoctorForBooking) and then finds the doctor inactive; a booking that got in
 * first is already committed and is cancelled or moved with the rest.
 */
export async function deactivateDoctor(
  db: PrismaClient,
  services: Services,
  actor: ActivityActor & { userId: string },
  hospitalId: string,
  input: z.output<typeof ZDeactivateDoctorInput>,
  now = new Date(),
): Promise<TDeactivateDoctorOutput> {
  const targetId = input.futureAppointments === 'reassign' ? (input.reassignToDoctorId ?? null) : null
  const locked = [input.doctorId, ...(targetId ? [targetId] : [])].sort()
  const outcome = await db
    .$transaction(
      async (tx) => {
        // both doctors, in id order (two deactivations moving to each other cannot deadlock)
        await tx.$queryRaw`SELECT id FROM doctors WHERE id = ANY(${locked}::uuid[]) ORDER BY id FOR UPDATE`
        const doctor = await doctorOfHospital(tx, hospitalId, input.doctorId)
        if (doctor.user.status !== 'active') {
          throw new AppError('PRECONDITION_FAILED', `This doctor's account is already ${doctor.user.status}`)
        }
        const target = targetId ? await reassignmentTarget(tx, hospitalId, targetId) : null
        const appointments = await futureAppointments(tx, doctor.id, now)
        const refundIds: string[] = []
        if (target) await moveAppointments(tx, target.id, doctor.hospital.timeZone, appointments)
        else {
          await cancelAppointments(tx, appointments, input.reason)
          // cancelled by the hospital: paid visits are refunded by the policy's provider share
          for (const appointment of appointments) {
            refundIds.push(
              ...(await settleCancellation(tx as PrismaClient, {
                appointmentId: appointment.id,
                startsAt: appointment.startsAt,
                by: 'hospital',
                now,
              })),
            )
          }
        }
        await tx.waitlistEntry.updateMany({
          where: { doctorId: doctor.id, status: 'waiting' },
          data: { status: 'cancelled' },
        })
        await handConversationsToDesk(tx, doctor.userId, hospitalId, now)
        await setUserStatus(tx as PrismaClient, actor, {
          userId: doctor.userId,
          status: 'inactive',
          reason: input.reason,
        })
        await logActivity(tx, actor, 'deactivate_doctor', {
          doctorId: doctor.id,
          futureAppointments: input.futureAppointments,
          reassignToDoctorId: target?.id ?? null,
          appointmentIds: appointments.map((a) => a.id),
          reason: input.reason,
        })
        const changed = await tx.appointment.findMany({
          where: { id: { in: appointments.map((a) => a.id) } },
          select: appointmentSelect,
        })
        const notificationIds: string[] = []
        for (const row of changed) {
          notificationIds.push(
            await recordAppointmentNotification(
              tx,
              row,
              target ? 'appointment_reassigned' : 'appointment_cancelled',
              target ? undefined : input.reason,
            ),
          )
        }
        return { ids: appointments.map((a) => a.id), reassigned: target !== null, notificationIds, refundIds }
      },
      { timeout: 60_000, maxWait: 30_000 },
    )
    .catch((error: unknown) => {
      if (isUniqueViolation(error, 'appointments_active_slot_key') || isUniqueViolation(error, 'startsAt')) {
        throw clashError(1)
      }
      throw error
    })

  await dispatchNotifications(db, services, outcome.notificationIds)
  await executeRefunds(db, services, outcome.refundIds, now)
  return {
    doctorId: input.doctorId,
    accountStatus: 'inactive',
    cancelled: outcome.reassigned ? 0 : outcome.ids.length,
    reassigned: outcome.reassigned ? outcome.ids.length : 0,
  }
}

async function cancelAppointments(tx: Tx, appointments: FutureAppointment[], reason: string) {
  if (appointments.length === 0) return
  for (const appointment of appointments) assertMove(appointment.status, 'cancelled')
  const ids = appointments.map((a) => a.id)
  await tx.appointment.updateMany({
    where: { id: { in: ids }, status: 'scheduled' },
    data: { status: 'cancelled', cancelledBy: 'hospital', cancellationReason: reason, holdExpiresAt: null },
  })
  // a slot offered from the waitlist goes with its appointment
  await tx.waitlistEntry.updateMany({
    where: { offeredAppointmentId: { in: ids }, status: 'offered' },
    data: { status: 'cancelled' },
  })
}

/** Same times, new doctor; in-person visits take the next queue numbers of the new doctor's day. */
async function moveAppointments(tx: Tx, targetDoctorId: string, timeZone: string, appointments: FutureAppointment[]) {
  const clashes = await clashingIds(tx, targetDoctorId, appointments)
  if (clashes.size > 0) throw clashError(clashes.size)
  for (const appointment of appointments) {
    const queueNumber =
      appointment.type === 'in_person'
        ? await takeQueueNumber(tx as PrismaClient, targetDoctorId, instantToLocal(appointment.startsAt, timeZone).date)
        : null
    await tx.appointment.update({
      where: { id: appointment.id },
      data: { doctorId: targetDoctorId, queueNumber },
    })
  }
}

/** Staff bring a doctor they deactivated back: the account becomes active again (a block by an admin stays). */
export async function reactivateDoctor(
  db: PrismaClient,
  actor: ActivityActor & { userId: string },
  hospitalId: string,
  doctorId: string,
) {
  const doctor = await doctorOfHospital(db, hospitalId, doctorId)
  if (doctor.user.status === 'blocked') {
    throw new AppError(
      'PRECONDITION_FAILED',
      'An administrator blocked this account; only an administrator can unblock it',
    )
  }
  if (doctor.user.status === 'active')
    throw new AppError('PRECONDITION_FAILED', "This doctor's account is already active")
  await db.$transaction(async (tx) => {
    await setUserStatus(tx as PrismaClient, actor, { userId: doctor.userId, status: 'active' })
    await logActivity(tx, actor, 'reactivate_doctor', { doctorId })
  })
}
