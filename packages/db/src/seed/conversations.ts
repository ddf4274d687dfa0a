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

export interface SeededConversation {
  conversation: Conversation
  participants: ConversationParticipant[]
  messages: Message[]
}

/** A patient and the doctor write to each other around a visit. */
export function drawConversation(random: Random, visit: Visit): SeededConversation | null {
  const { appointment, doctor, now } = visit
  const conversationId = random.uuid()
  const people = [
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
    },
    participants: people.map((person) => ({ conversationId, userId: person.userId, role: person.role })),
    messages,
  }
}
