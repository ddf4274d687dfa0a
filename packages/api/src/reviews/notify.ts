import type { Prisma, PrismaClient } from '@medbook/db'

type ReviewNotice = 'review_invitation' | 'review_moderated' | 'review_response'

const TITLES: Record<ReviewNotice, string> = {
  review_invitation: 'Buổi khám của bạn thế nào? / How was your visit?',
  review_moderated: 'Kết quả duyệt đánh giá / Your review was moderated',
  review_response: 'Đánh giá của bạn có phản hồi / Your review has a reply',
}

/**
 * A review notice to a patient, written in the transaction that causes it (the outbox that
 * dispatchNotifications drains once the change commits, emails included).
 */
export async function recordReviewNotification(
  tx: PrismaClient | Prisma.TransactionClient,
  notice: {
    patientId: string
    kind: ReviewNotice
    message: string
    relatedTo: { type: 'appointment' | 'review'; id: string }
  },
): Promise<string> {
  const patient = await tx.patient.findUniqueOrThrow({ where: { id: notice.patientId }, select: { userId: true } })
  const notification = await tx.notification.create({
    data: {
      recipientId: patient.userId,
      recipientRole: 'patient',
      type: notice.kind,
      title: TITLES[notice.kind],
      message: notice.message.slice(0, 1000),
      relatedToType: notice.relatedTo.type,
      relatedToId: notice.relatedTo.id,
      deliveryStatus: 'pending',
    },
    select: { id: true },
  })
  return notification.id
}
