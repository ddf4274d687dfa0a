import { ZContactInfo, ZQualification } from '@medbook/contracts'
import type { Prisma, PrismaClient } from '@medbook/db'
import { z } from 'zod'
import { dispatchNotifications } from '../appointments/notify.js'
import { fullName } from '../appointments/present.js'
import { type ActivityActor, logActivity } from '../audit/log-activity.js'
import { AppError } from '../errors.js'
import type { Services } from '../services.js'

/**
 * The applicant's notification of the decision, written in the decision's transaction
 * ("pending" until its email goes out, so a process that dies meanwhile still tells them).
 */
async function recordDecisionNotice(
  tx: Prisma.TransactionClient,
  user: { id: string; role: 'doctor' | 'hospital' },
  approved: boolean,
  what: string,
  reason: string | undefined,
): Promise<string> {
  const title = approved ? `${what} đã được duyệt / ${what} approved` : `${what} chưa được duyệt / ${what} not approved`
  const message = reason ? `${title}: ${reason}` : title
  const notification = await tx.notification.create({
    data: {
      recipientId: user.id,
      recipientRole: user.role,
      type: 'verification_update',
      title,
      message,
      deliveryStatus: 'pending',
    },
    select: { id: true },
  })
  return notification.id
}

export async function pendingVerifications(db: PrismaClient) {
  const [hospitals, doctors] = await Promise.all([
    db.hospital.findMany({
      where: { OR: [{ status: 'pending' }, { verified: false }] },
      orderBy: { createdAt: 'asc' },
      take: 200,
      select: {
        id: true,
        name: true,
        type: true,
        street: true,
        city: true,
        state: true,
        country: true,
        postalCode: true,
        contactInfo: true,
        registrationNumber: true,
        status: true,
        verified: true,
        createdAt: true,
        user: { select: { email: true, phoneNumber: true, firstName: true, lastName: true } },
        _count: { select: { documents: true } },
      },
    }),
    db.doctor.findMany({
      where: { status: 'pending' },
      orderBy: { createdAt: 'asc' },
      take: 200,
      select: {
        id: true,
        licenseNumber: true,
        qualifications: true,
        experience: true,
        verifiedDocuments: true,
        createdAt: true,
        user: { select: { email: true, phoneNumber: true, firstName: true, lastName: true } },
        specialties: { select: { specialty: { select: { name: true } } } },
        hospital: { select: { id: true, name: true } },
        _count: { select: { verificationDocuments: true } },
      },
    }),
  ])
  return {
    hospitals: hospitals.map(({ user, _count, contactInfo, ...hospital }) => ({
      ...hospital,
      contactInfo: ZContactInfo.catch({}).parse(contactInfo),
      documentCount: _count.documents,
      contactName: fullName(user),
      email: user.email,
      phoneNumber: user.phoneNumber,
    })),
    doctors: doctors.map(({ user, _count, qualifications, specialties, ...doctor }) => ({
      ...doctor,
      qualifications: z.array(ZQualification).catch([]).parse(qualifications),
      specialties: specialties.map(({ specialty }) => specialty.name),
      documentCount: _count.verificationDocuments,
      name: fullName(user),
      email: user.email,
      phoneNumber: user.phoneNumber,
    })),
  }
}

export async function decideHospital(
  db: PrismaClient,
  services: Services,
  actor: ActivityActor,
  input: { hospitalId: string; approve: boolean; reason?: string },
) {
  const hospital = await db.hospital.findUnique({ where: { id: input.hospitalId }, include: { user: true } })
  if (!hospital) throw new AppError('NOT_FOUND', 'No such hospital')
  if (!input.approve && !input.reason)
    throw new AppError('BAD_REQUEST', 'Give the applicant a reason', { field: 'reason' })
  const noticeId = await db.$transaction(async (tx) => {
    await tx.hospital.update({
      where: { id: hospital.id },
      data: input.approve ? { verified: true, status: 'active' } : { verified: false, status: 'inactive' },
    })
    await logActivity(tx, actor, input.approve ? 'verify_hospital' : 'reject_hospital', {
      hospitalId: hospital.id,
      reason: input.reason ?? null,
    })
    return recordDecisionNotice(
      tx,
      { id: hospital.userId, role: 'hospital' },
      input.approve,
      hospital.name,
      input.reason,
    )
  })
  await dispatchNotifications(db, services, [noticeId])
}

export async function decideDoctor(
  db: PrismaClient,
  services: Services,
  actor: ActivityActor,
  input: { doctorId: string; approve: boolean; reason?: string },
) {
  const doctor = await db.doctor.findUnique({ where: { id: input.doctorId }, include: { user: true } })
  if (!doctor) throw new AppError('NOT_FOUND', 'No such doctor')
  if (!input.approve && !input.reason)
    throw new AppError('BAD_REQUEST', 'Give the applicant a reason', { field: 'reason' })
  // verifiedDocuments: true when approved with uploaded documents; without any, the flag keeps
  // what it was (the seed's paper checks)
  const documents = await db.verificationDocument.count({ where: { doctorId: doctor.id } })
  const noticeId = await db.$transaction(async (tx) => {
    await tx.doctor.update({
      where: { id: doctor.id },
      data: input.approve
        ? { status: 'approved', ...(documents > 0 ? { verifiedDocuments: true } : {}) }
        : { status: 'rejected' },
    })
    await logActivity(tx, actor, input.approve ? 'approve_doctor' : 'reject_doctor', {
      doctorId: doctor.id,
      licenseNumber: doctor.licenseNumber,
      reason: input.reason ?? null,
    })
    return recordDecisionNotice(
      tx,
      { id: doctor.userId, role: 'doctor' },
      input.approve,
      `Giấy phép ${doctor.licenseNumber}`,
      input.reason,
    )
  })
  await dispatchNotifications(db, services, [noticeId])
}
