import type { PrismaClient } from '@medbook/db'
import { redeemPromotion } from '../promotions/redemption.js'
import { type PricedLine, subtotalOf } from './bill.js'

export interface WrittenBill {
  total: number
  /** already paid (a rescheduled visit keeps its payment) */
  paid: boolean
}

/** The new appointment's charges and totals, written in the booking's transaction. */
export async function writeBill(
  tx: PrismaClient,
  appointment: { appointmentId: string; patientId: string; hospitalId: string },
  lines: readonly PricedLine[],
  promotionCode: string | undefined,
  now: Date,
): Promise<WrittenBill> {
  const subtotal = subtotalOf(lines)
  // the promotion's use is taken in the booking's transaction: a booking that fails gives it back
  const discount = promotionCode ? await redeemPromotion(tx, { code: promotionCode, ...appointment, lines, now }) : null
  const discountAmount = Math.min(discount?.discountAmount ?? 0, subtotal)
  await tx.appointmentCharge.createMany({
    data: lines.map((line, position) => ({
      appointmentId: appointment.appointmentId,
      kind: line.kind,
      hospitalServiceId: line.hospitalServiceId,
      description: line.description,
      amount: line.amount,
      position,
    })),
  })
  await tx.appointment.update({
    where: { id: appointment.appointmentId },
    data: { subtotalAmount: subtotal, discountAmount, totalAmount: subtotal - discountAmount },
  })
  return { total: subtotal - discountAmount, paid: false }
}

/**
 * A rescheduled visit keeps what it cost and what was paid: the charges are copied, and the
 * payments and the promotion's use move to the new appointment.
 */
export async function carryBillOver(tx: PrismaClient, fromId: string, toId: string): Promise<WrittenBill> {
  const old = await tx.appointment.findUniqueOrThrow({
    where: { id: fromId },
    select: {
      subtotalAmount: true,
      discountAmount: true,
      totalAmount: true,
      paymentStatus: true,
      paymentId: true,
      charges: { orderBy: { position: 'asc' } },
    },
  })
  await tx.appointmentCharge.createMany({
    data: old.charges.map(({ id: _id, appointmentId: _from, ...charge }) => ({ ...charge, appointmentId: toId })),
  })
  await tx.payment.updateMany({ where: { appointmentId: fromId }, data: { appointmentId: toId } })
  await tx.promotionRedemption.updateMany({ where: { appointmentId: fromId }, data: { appointmentId: toId } })
  if (old.paymentId) await tx.appointment.update({ where: { id: fromId }, data: { paymentId: null } })
  await tx.appointment.update({
    where: { id: toId },
    data: {
      subtotalAmount: old.subtotalAmount,
      discountAmount: old.discountAmount,
      totalAmount: old.totalAmount,
      paymentStatus: old.paymentStatus,
      paymentId: old.paymentId,
    },
  })
  return { total: old.totalAmount, paid: old.paymentStatus === 'completed' }
}
