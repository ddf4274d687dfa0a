import type { TPromotionCheck, ZCheckPromotionInput } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import type { z } from 'zod'
import { AppError } from '../errors.js'
import { priceVisit } from '../payments/bill.js'
import { quotePromotion } from './redemption.js'

/** The visit as the server prices it (the app's own figures are never trusted). */
async function priceLines(db: PrismaClient, doctorId: string, hospitalServiceIds: readonly string[]) {
  const doctor = await db.doctor.findFirst({
    where: { id: doctorId, status: 'approved', user: { status: 'active' } },
    select: { hospitalId: true, consultationFee: true },
  })
  if (!doctor) throw new AppError('NOT_FOUND', 'No such doctor', { field: 'doctorId' })
  return { hospitalId: doctor.hospitalId, lines: await priceVisit(db, doctor, hospitalServiceIds) }
}

/** A patient tries a code on a visit before booking it: the discount, or why it does not apply. */
export async function checkPromotion(
  db: PrismaClient,
  patientId: string,
  input: z.output<typeof ZCheckPromotionInput>,
  now: Date,
): Promise<TPromotionCheck> {
  const { hospitalId, lines } = await priceLines(db, input.doctorId, input.hospitalServiceIds)
  const quote = await quotePromotion(db, { code: input.code, patientId, hospitalId, lines, now })
  if (!quote.ok) return quote
  const subtotal = lines.reduce((sum, line) => sum + line.amount, 0)
  return {
    ok: true,
    code: quote.code,
    description: quote.description,
    discountAmount: quote.discountAmount,
    subtotal,
    total: subtotal - quote.discountAmount,
  }
}
