import type { TConversationSummary, TStartConversationInput } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import { type ActivityActor, logActivity } from '../audit/log-activity.js'
import { AppError } from '../errors.js'
import { emitUserEvent } from '../realtime/emit.js'
import { type Db, memberIds, type Viewer } from './access.js'
import { readSummary } from './list-service.js'

/** Who a new conversation is between, and the key that makes starting it twice find the first one. */
interface Plan {
  key: string
  hospitalId: string | null
  appointmentId: string | null
  participants: { userId: string; role: 'patient' | 'doctor' | 'hospital' | 'admin' }[]
}

const noSuchAppointment = () => new AppError('NOT_FOUND', 'No such appointment')

async function appointmentFor(db: Db, appointmentId: string) {
  return db.appointment.findUnique({
    where: { id: appointmentId },
    select: {
      id: true,
      patientId: true,
      hospitalId: true,
      doctorId: true,
      patient: { select: { userId: true } },
      doctor: { select: { userId: true, hospitalId: true, user: { select: { status: true } } } },
    },
  })
}

type AppointmentForPlan = NonNullable<Awaited<ReturnType<typeof appointmentFor>>>

function withDoctor(appointment: AppointmentForPlan): Plan {
  if (appointment.doctor.user.status !== 'active' || appointment.doctor.hospitalId !== appointment.hospitalId) {
    throw new AppError(
      'PRECONDITION_FAILED',
      'This doctor no longer takes messages here; write to the hospital instead',
    )
  }
  return {
    key: `doctor:${appointment.id}:${appointment.patient.userId}:${appointment.doctor.userId}`,
    hospitalId: null,
    appointmentId: appointment.id,
    participants: [
      { userId: appointment.patient.userId, role: 'patient' },
      { userId: appointment.doctor.userId, role: 'doctor' },
    ],
  }
}

function withDesk(appointment: AppointmentForPlan): Plan {
  return {
    key: `desk:${appointment.id}:${appointment.hospitalId}`,
    hospitalId: appointment.hospitalId,
    appointmentId: appointment.id,
    participants: [{ userId: appointment.patient.userId, role: 'patient' }],
  }
}

/** Who the viewer may start a conversation with: never a stranger, and a refusal that reveals nothing. */
async function planFor(db: Db, viewer: Viewer, input: TStartConversationInput): Promise<Plan> {
  if (input.with === 'user') {
    if (viewer.role !== 'admin') throw new AppError('FORBIDDEN', 'Only administrators can write to any user')
    if (input.userId === viewer.id) throw new AppError('BAD_REQUEST', 'Choose someone else', { field: 'userId' })
    const user = await db.user.findUnique({ where: { id: input.userId }, select: { id: true, role: true } })
    if (!user) throw new AppError('NOT_FOUND', 'No such user')
    return {
      key: `support:${viewer.id}:${user.id}`,
      hospitalId: null,
      appointmentId: null,
      participants: [
        { userId: viewer.id, role: 'admin' },
        { userId: user.id, role: user.role },
      ],
    }
  }
  const appointment = await appointmentFor(db, input.appointmentId)
  if (!appointment) throw noSuchAppointment()
  if (input.with === 'doctor' || input.with === 'desk') {
    if (viewer.role !== 'patient') throw new AppError('FORBIDDEN', 'This needs a patient account')
    // family members' visits are booked under the account's own patient profile
    if (appointment.patient.userId !== viewer.id) throw noSuchAppointment()
    return input.with === 'doctor' ? withDoctor(appointment) : withDesk(appointment)
  }
  if (viewer.role === 'hospital') {
    if (!viewer.deskHospitalId || appointment.hospitalId !== viewer.deskHospitalId) throw noSuchAppointment()
    return withDesk(appointment)
  }
  if (viewer.role === 'doctor') {
    if (appointment.doctor.userId !== viewer.id) throw noSuchAppointment()
    return withDoctor(appointment)
  }
  throw new AppError('FORBIDDEN', 'This needs a doctor or a hospital staff account')
}

/**
 * Starts a conversation, or returns the one the same people already have about the same visit
 * (an archived one comes back active). Two starts at once wait on one advisory lock, so they
 * find one conversation, never create two.
 */
export async function startConversation(
  db: PrismaClient,
  viewer: Viewer,
  actor: ActivityActor,
  input: TStartConversationInput,
): Promise<TConversationSummary> {
  const conversationId = await db.$transaction(async (tx) => {
    const plan = await planFor(tx, viewer, input)
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`conversation:${plan.key}`}, 0))`
    const existing = await tx.conversation.findFirst({
      where: {
        appointmentId: plan.appointmentId,
        hospitalId: plan.hospitalId,
        AND: plan.participants.map((p) => ({ participants: { some: { userId: p.userId, leftAt: null } } })),
      },
      orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }],
      select: { id: true, status: true, hospitalId: true, updatedAt: true },
    })
    if (existing) {
      if (existing.status === 'archived') {
        await tx.conversation.update({
          where: { id: existing.id },
          data: { status: 'active', updatedAt: existing.updatedAt },
        })
        await emitUserEvent(tx, await memberIds(tx, existing), { kind: 'conversation', conversationId: existing.id })
      }
      return existing.id
    }
    const created = await tx.conversation.create({
      data: {
        hospitalId: plan.hospitalId,
        appointmentId: plan.appointmentId,
        participants: { create: plan.participants },
      },
      select: { id: true, hospitalId: true },
    })
    await logActivity(tx, actor, 'start_conversation', { conversationId: created.id, with: input.with })
    await emitUserEvent(tx, await memberIds(tx, created), { kind: 'conversation', conversationId: created.id })
    return created.id
  })
  return readSummary(db, viewer, conversationId)
}
