import type { ZAddExceptionInput, ZSetWeeklySlotsInput } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import type { z } from 'zod'
import type { Auth } from '../context.js'
import { AppError } from '../errors.js'

/** A doctor whose schedule the caller may manage: staff of the doctor's hospital, or the doctor. */
export async function manageableDoctor(db: PrismaClient, auth: Auth, doctorId: string) {
  const doctor = await db.doctor.findUnique({ where: { id: doctorId }, select: { id: true, hospitalId: true } })
  const allowed =
    doctor &&
    ((auth.user.role === 'hospital' && auth.user.hospitalId === doctor.hospitalId) ||
      (auth.user.role === 'doctor' && auth.user.doctorId === doctor.id))
  if (!doctor || !allowed) throw new AppError('NOT_FOUND', 'No such doctor at your hospital')
  return doctor
}

export async function getDoctorSchedule(db: PrismaClient, auth: Auth, doctorId: string) {
  const doctor = await manageableDoctor(db, auth, doctorId)
  const [weeklySlots, onlineHours, exceptions] = await Promise.all([
    db.doctorAvailabilitySlot.findMany({
      where: { doctorId },
      orderBy: [{ day: 'asc' }, { startTime: 'asc' }],
      select: { day: true, startTime: true, endTime: true, type: true },
    }),
    db.doctorOnlineHours.findMany({
      where: { doctorId },
      orderBy: [{ day: 'asc' }, { startTime: 'asc' }],
      select: { day: true, startTime: true, endTime: true },
    }),
    db.scheduleException.findMany({
      where: {
        hospitalId: doctor.hospitalId,
        OR: [{ doctorId }, { doctorId: null }],
        date: { gte: new Date(Date.now() - 86_400_000) },
      },
      orderBy: { date: 'asc' },
    }),
  ])
  return {
    doctorId,
    weeklySlots,
    onlineHours,
    exceptions: exceptions.map((e) => ({ ...e, date: e.date.toISOString().slice(0, 10) })),
  }
}

function overlapping<T extends { day: string; startTime: string; endTime: string }>(items: T[]): T | null {
  const sorted = [...items].sort((a, b) => `${a.day}${a.startTime}`.localeCompare(`${b.day}${b.startTime}`))
  for (let i = 1; i < sorted.length; i++) {
    const previous = sorted[i - 1]
    const current = sorted[i]
    if (previous && current && previous.day === current.day && current.startTime < previous.endTime) return current
  }
  return null
}

/**
 * Replaces the weekly template and online hours in one transaction. Booked appointments
 * are not touched: the template decides future availability only.
 */
export async function setWeeklySlots(db: PrismaClient, auth: Auth, input: z.output<typeof ZSetWeeklySlotsInput>) {
  await manageableDoctor(db, auth, input.doctorId)
  const clash = overlapping(input.slots)
  if (clash)
    throw new AppError('BAD_REQUEST', `Slots overlap on ${clash.day} at ${clash.startTime}`, { field: 'slots' })
  const hoursClash = overlapping(input.onlineHours)
  if (hoursClash)
    throw new AppError('BAD_REQUEST', `Online hours overlap on ${hoursClash.day}`, { field: 'onlineHours' })
  await db.$transaction([
    db.doctorAvailabilitySlot.deleteMany({ where: { doctorId: input.doctorId } }),
    db.doctorAvailabilitySlot.createMany({ data: input.slots.map((slot) => ({ ...slot, doctorId: input.doctorId })) }),
    db.doctorOnlineHours.deleteMany({ where: { doctorId: input.doctorId } }),
    db.doctorOnlineHours.createMany({
      data: input.onlineHours.map((hours) => ({ ...hours, doctorId: input.doctorId })),
    }),
  ])
  return getDoctorSchedule(db, auth, input.doctorId)
}

export async function addException(db: PrismaClient, auth: Auth, input: z.output<typeof ZAddExceptionInput>) {
  let hospitalId: string
  if (input.doctorId) {
    hospitalId = (await manageableDoctor(db, auth, input.doctorId)).hospitalId
  } else {
    if (auth.user.role !== 'hospital' || !auth.user.hospitalId) {
      throw new AppError('FORBIDDEN', 'Only hospital staff can close the whole hospital')
    }
    hospitalId = auth.user.hospitalId
  }
  const row = await db.scheduleException.create({
    data: {
      hospitalId,
      doctorId: input.doctorId ?? null,
      date: new Date(`${input.date}T00:00:00Z`),
      startTime: input.startTime ?? null,
      endTime: input.endTime ?? null,
      reason: input.reason ?? null,
      createdById: auth.user.id,
    },
  })
  return { ...row, date: input.date }
}

export async function removeException(db: PrismaClient, auth: Auth, id: string) {
  const row = await db.scheduleException.findUnique({ where: { id } })
  const mine =
    row &&
    ((auth.user.role === 'hospital' && auth.user.hospitalId === row.hospitalId) ||
      (auth.user.role === 'doctor' && auth.user.doctorId !== null && auth.user.doctorId === row.doctorId))
  if (!row || !mine) throw new AppError('NOT_FOUND', 'No such exception')
  await db.scheduleException.delete({ where: { id } })
}
