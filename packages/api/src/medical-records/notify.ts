import type { Prisma, PrismaClient } from '@medbook/db'
import { fullName } from '../appointments/present.js'
import type { RecordRow } from './present.js'

const TITLES = {
  shared: 'Hồ sơ khám mới / A new medical record',
  amended: 'Hồ sơ khám được cập nhật / A medical record was updated',
} as const

/**
 * Tells the patient a record of theirs (or their family's) can be read, in the transaction that
 * shares or amends it. The message names the visit, never its clinical content: it goes by email.
 */
export async function recordRecordNotification(
  tx: PrismaClient | Prisma.TransactionClient,
  row: RecordRow,
  kind: keyof typeof TITLES,
): Promise<string> {
  const patient = await tx.patient.findUniqueOrThrow({ where: { id: row.patientId }, select: { userId: true } })
  const person = row.familyMember ? ` · ${fullName(row.familyMember)}` : ''
  const notification = await tx.notification.create({
    data: {
      recipientId: patient.userId,
      recipientRole: 'patient',
      type: 'medical_record_shared',
      title: TITLES[kind],
      message: `BS ${fullName(row.doctor.user)} · ${row.hospital.name}${person}`,
      relatedToType: 'medical_record',
      relatedToId: row.id,
      deliveryStatus: 'pending',
    },
    select: { id: true },
  })
  return notification.id
}
