import type { TAttachment } from '@medbook/contracts'
import type { Conversation, ConversationParticipant, Message } from '../generated/prisma/client.js'
import type { Visit } from './appointments.js'
import type { Random } from './random.js'
import { DAY, HOUR, MINUTE } from './time.js'

const PATIENT_LINES = [
  'Chào bác sĩ, em muốn hỏi thêm về kết quả khám hôm trước ạ.',
  'Bác sĩ ơi, em uống thuốc được 3 ngày thì thấy đỡ nhiều rồi.',
  'Em có cần nhịn ăn trước khi đến khám không ạ?',
  'Em gửi bác sĩ kết quả xét nghiệm ạ.',
  'Cảm ơn bác sĩ nhiều ạ!',
  'Bé nhà em vẫn còn ho về đêm, em có nên cho bé tái khám sớm không ạ?',
]
const DOCTOR_LINES = [
  'Chào bạn, kết quả nhìn chung ổn, bạn tiếp tục dùng thuốc theo đơn nhé.',
  'Bạn nên nhịn ăn sáng để làm xét nghiệm máu, uống nước lọc thì được.',
  'Nếu triệu chứng không giảm sau 3 ngày, bạn đặt lịch tái khám giúp tôi.',
  'Tôi đã xem kết quả, chỉ số hơi cao một chút, chúng ta sẽ trao đổi kỹ khi tái khám.',
  'Bạn nhớ uống thuốc sau ăn và nghỉ ngơi đầy đủ nhé.',
]

const PATIENT_DESK_LINES = [
  'Cho em hỏi phòng khám có chỗ gửi xe máy không ạ?',
  'Em muốn đổi giờ khám sang buổi chiều được không ạ?',
  'Em cần mang theo giấy tờ gì khi đến khám ạ?',
  'Phòng khám có xuất hóa đơn đỏ không ạ?',
  'Em gửi quầy ảnh thẻ bảo hiểm ạ.',
]
const DESK_LINES = [
  'Dạ có ạ, bãi gửi xe ở tầng hầm B1.',
  'Anh/chị vui lòng mang theo CCCD và thẻ bảo hiểm y tế nhé.',
  'Quầy đã ghi nhận, anh/chị đến trước giờ hẹn 15 phút giúp phòng khám ạ.',
  'Dạ được ạ, anh/chị để lại thông tin xuất hóa đơn tại quầy thu ngân.',
]

export interface SeededConversation {
  conversation: Conversation
  participants: ConversationParticipant[]
  messages: Message[]
}

/** A patient and the doctor, or the hospital's desk, write to each other around a visit. */
export function drawConversation(random: Random, visit: Visit): SeededConversation | null {
  const { appointment, doctor, now } = visit
  const conversationId = random.uuid()
  // about one in four is with the hospital's desk; decided by the id already drawn, so the random
  // sequence (and every row seeded after this one) is the same as before desks existed
  const atDesk = Number.parseInt(conversationId.slice(-2), 16) % 4 === 0
  const people = atDesk
    ? [
        { userId: visit.patientUserId, role: 'patient' as const, lines: PATIENT_DESK_LINES },
        { userId: doctor.hospitalUserId, role: 'hospital' as const, lines: DESK_LINES },
      ]
    : [
        { userId: visit.patientUserId, role: 'patient' as const, lines: PATIENT_LINES },
        { userId: doctor.userId, role: 'doctor' as const, lines: DOCTOR_LINES },
      ]
  const messages: Message[] = []
  let at = appointment.createdAt.getTime() + random.between(10 * MINUTE, 6 * HOUR)
  const count = random.int(2, 6)
  for (let i = 0; i < count && at <= now.getTime(); i++) {
    const sender = people[i % 2] ?? people[0]
    if (!sender) break
    const id = random.uuid()
    const attachments: TAttachment[] =
      sender.role === 'patient' && random.chance(0.15)
        ? [{ name: 'ket-qua-xet-nghiem.pdf', url: `/files/messages/${id}.pdf`, type: 'document' }]
        : []
    const createdAt = new Date(at)
    messages.push({
      id,
      conversationId,
      senderId: sender.userId,
      senderRole: sender.role,
      content: random.pick(sender.lines),
      attachments,
      isRead: i < count - 1 || random.chance(0.5),
      clientMessageId: null,
      createdAt,
      updatedAt: createdAt,
    })
    at += random.between(5 * MINUTE, DAY)
  }
  const first = messages[0]
  const last = messages.at(-1)
  if (!first || !last) return null
  return {
    conversation: {
      id: conversationId,
      lastMessageId: last.id,
      createdAt: first.createdAt,
      updatedAt: last.createdAt,
      status: last.createdAt.getTime() < now.getTime() - 30 * DAY ? 'archived' : 'active',
      hospitalId: atDesk ? doctor.hospitalId : null,
      appointmentId: appointment.id,
      assignedToId: null,
    },
    participants: people.map((person) => ({
      conversationId,
      userId: person.userId,
      role: person.role,
      lastReadAt: lastReadBy(person.userId, messages),
      leftAt: null,
    })),
    messages,
  }
}

/** Read receipts: the newest message from the other side that this person has read. */
function lastReadBy(userId: string, messages: Message[]): Date | null {
  const read = messages.filter((message) => message.senderId !== userId && message.isRead)
  return read.at(-1)?.createdAt ?? null
}
