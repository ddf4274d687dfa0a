import {
  type TConversationSummary,
  type TMessage,
  type TMessageAttachment,
  ZMessageAttachment,
} from '@medbook/contracts'
import type { Prisma } from '@medbook/db'
import { z } from 'zod'
import { fullName } from '../appointments/present.js'
import { instantToLocal } from '../availability/local-time.js'

const named = { select: { firstName: true, lastName: true } } as const

export const conversationSelect = {
  id: true,
  status: true,
  updatedAt: true,
  hospitalId: true,
  assignedToId: true,
  hospital: { select: { id: true, name: true } },
  appointment: {
    select: {
      id: true,
      startsAt: true,
      hospital: { select: { timeZone: true } },
      doctor: { select: { user: named } },
    },
  },
  assignedTo: { select: { id: true, firstName: true, lastName: true } },
  lastMessage: { select: { content: true, senderId: true, createdAt: true, attachments: true } },
  participants: {
    select: { userId: true, role: true, lastReadAt: true, leftAt: true, user: named },
    orderBy: { userId: 'asc' },
  },
} satisfies Prisma.ConversationSelect

export type ConversationRow = Prisma.ConversationGetPayload<{ select: typeof conversationSelect }>

export const messageSelect = {
  id: true,
  conversationId: true,
  clientMessageId: true,
  senderId: true,
  senderRole: true,
  content: true,
  attachments: true,
  isRead: true,
  createdAt: true,
  sender: named,
} satisfies Prisma.MessageSelect

export type MessageRow = Prisma.MessageGetPayload<{ select: typeof messageSelect }>

/** How a person is named in a conversation: doctors with their title. */
export function speakerName(role: string, person: { firstName: string; lastName: string }): string {
  return role === 'doctor' ? `BS ${fullName(person)}` : fullName(person)
}

/** The demo seed's shape: a name, a URL and a kind, no upload behind it. */
const ZSeededAttachment = z.object({ name: z.string(), url: z.string(), type: z.enum(['image', 'document']) })

/** The attachments a message stored; an entry neither shape recognises is left out, never shown half-read. */
export function storedAttachments(value: Prisma.JsonValue): TMessageAttachment[] {
  if (!Array.isArray(value)) return []
  return value.flatMap((entry): TMessageAttachment[] => {
    const uploaded = ZMessageAttachment.safeParse(entry)
    if (uploaded.success) return [uploaded.data]
    const seeded = ZSeededAttachment.safeParse(entry)
    if (!seeded.success) return []
    const id = seeded.data.url.split('/').pop() ?? seeded.data.url
    const mimeType = seeded.data.type === 'document' ? 'application/pdf' : 'image/jpeg'
    return [{ id, name: seeded.data.name, mimeType, size: 0, type: seeded.data.type, url: seeded.data.url }]
  })
}

export function toMessage(row: MessageRow, viewerId: string): TMessage {
  return {
    id: row.id,
    conversationId: row.conversationId,
    clientMessageId: row.clientMessageId,
    senderId: row.senderId,
    senderRole: row.senderRole,
    senderName: speakerName(row.senderRole, row.sender),
    content: row.content,
    attachments: storedAttachments(row.attachments),
    isRead: row.isRead,
    createdAt: row.createdAt,
    mine: row.senderId === viewerId,
  }
}

/** The other side as the viewer sees it: the doctor or the hospital's desk for a patient, else the patient. */
function titleFor(row: ConversationRow, viewerId: string, viewerRole: string): string {
  const others = row.participants.filter((p) => p.userId !== viewerId && p.leftAt === null)
  if (viewerRole === 'patient') {
    // a desk conversation stays the hospital's, whoever at the hospital answers it
    if (row.hospital) return row.hospital.name
    const doctor = others.find((p) => p.role === 'doctor')
    if (doctor) return speakerName('doctor', doctor.user)
  }
  const other = others.find((p) => p.role === 'patient') ?? others.find((p) => p.role !== 'hospital') ?? others[0]
  if (other) return speakerName(other.role, other.user)
  return row.hospital?.name ?? 'MedBook'
}

export function toConversationSummary(
  row: ConversationRow,
  viewer: { id: string; role: string },
  unreadCount: number,
): TConversationSummary {
  const appointment = row.appointment
  const local = appointment ? instantToLocal(appointment.startsAt, appointment.hospital.timeZone) : null
  return {
    id: row.id,
    status: row.status,
    title: titleFor(row, viewer.id, viewer.role),
    participants: row.participants.map((p) => ({
      userId: p.userId,
      role: p.role,
      name: speakerName(p.role, p.user),
      lastReadAt: p.lastReadAt,
      left: p.leftAt !== null,
    })),
    hospital: row.hospital,
    appointment:
      appointment && local
        ? {
            id: appointment.id,
            appointmentDate: local.date,
            startTime: local.time,
            doctorName: speakerName('doctor', appointment.doctor.user),
          }
        : null,
    assignedTo: row.assignedTo ? { userId: row.assignedTo.id, name: fullName(row.assignedTo) } : null,
    lastMessage: row.lastMessage
      ? {
          content: row.lastMessage.content,
          senderId: row.lastMessage.senderId,
          createdAt: row.lastMessage.createdAt,
          hasAttachments: storedAttachments(row.lastMessage.attachments).length > 0,
        }
      : null,
    unreadCount,
    updatedAt: row.updatedAt,
  }
}
