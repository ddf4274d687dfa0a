import type { Prisma, PrismaClient } from '@medbook/db'

type PaymentNotice = 'payment_received' | 'payment_refunded'

const TITLES: Record<PaymentNotice, string> = {
  payment_received: 'Đã nhận thanh toán / Payment received',
  payment_refunded: 'Đã hoàn tiền / Refund sent',
}

const VND = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' })

/**
 * The patient's notice that money moved, written in the transaction that moves it (the same
 * outbox as appointment notices: dispatchNotifications sends it once the change commits).
 */
export async function recordPaymentNotification(
  tx: PrismaClient | Prisma.TransactionClient,
  payment: { id: string; patientId: string; reference: string },
  kind: PaymentNotice,
  amount: number,
): Promise<string> {
  const patient = await tx.patient.findUniqueOrThrow({
    where: { id: payment.patientId },
    select: { userId: true },
  })
  const notification = await tx.notification.create({
    data: {
      recipientId: patient.userId,
      recipientRole: 'patient',
      type: kind,
      title: TITLES[kind],
      message: `${VND.format(amount)} · ${payment.reference}`,
      relatedToType: 'payment',
      relatedToId: payment.id,
      deliveryStatus: 'pending',
    },
    select: { id: true },
  })
  return notification.id
}
