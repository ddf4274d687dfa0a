import type { TModerationItem, TMyReview, TReview } from '@medbook/contracts'
import type { Prisma } from '@medbook/db'
import { fullName } from '../appointments/present.js'

const named = { select: { firstName: true, lastName: true } } as const

export const reviewSelect = {
  id: true,
  appointmentId: true,
  patientId: true,
  targetType: true,
  doctorId: true,
  hospitalId: true,
  rating: true,
  comment: true,
  createdAt: true,
  status: true,
  moderationReason: true,
  helpfulCount: true,
  responseText: true,
  respondedAt: true,
  respondedBy: { select: { role: true, firstName: true, lastName: true, hospital: { select: { name: true } } } },
  patient: { select: { user: named } },
  appointment: { select: { appointmentDate: true } },
  doctor: { select: { user: named } },
  hospital: { select: { name: true } },
} as const satisfies Prisma.ReviewSelect

export type ReviewRow = Prisma.ReviewGetPayload<{ select: typeof reviewSelect }>

/** "Mai P.": enough to be a person, not enough to find them. */
function shortName(person: { firstName: string; lastName: string }): string {
  const initial = person.lastName.trim().charAt(0)
  return initial ? `${person.firstName} ${initial}.` : person.firstName
}

function responderName(row: ReviewRow): string {
  const by = row.respondedBy
  if (!by)
    return row.targetType === 'doctor' && row.doctor ? `BS ${fullName(row.doctor.user)}` : (row.hospital?.name ?? '')
  if (by.role === 'doctor') return `BS ${fullName(by)}`
  return by.hospital?.name ?? fullName(by)
}

export function toReview(row: ReviewRow, markedHelpful = false): TReview {
  const targetId = row.targetType === 'doctor' ? row.doctorId : row.hospitalId
  return {
    id: row.id,
    targetType: row.targetType,
    targetId: targetId ?? '',
    targetName: row.targetType === 'doctor' && row.doctor ? fullName(row.doctor.user) : (row.hospital?.name ?? ''),
    rating: row.rating,
    comment: row.comment,
    authorName: shortName(row.patient.user),
    visitMonth: row.appointment.appointmentDate.toISOString().slice(0, 7),
    createdAt: row.createdAt,
    helpfulCount: row.helpfulCount,
    markedHelpful,
    response:
      row.responseText !== null && row.respondedAt
        ? { text: row.responseText, respondedAt: row.respondedAt, responderName: responderName(row) }
        : null,
  }
}

export function toMyReview(row: ReviewRow): TMyReview {
  return {
    ...toReview(row),
    appointmentId: row.appointmentId,
    status: row.status,
    moderationReason: row.moderationReason,
  }
}

export function toModerationItem(
  row: ReviewRow & { reports: { reason: string; createdAt: Date }[] },
  hospitalName: string,
): TModerationItem {
  return {
    ...toMyReview(row),
    patientName: fullName(row.patient.user),
    hospitalName,
    reports: row.reports.map((report) => ({ reason: report.reason, createdAt: report.createdAt })),
  }
}
