import type { TQuote } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import { loadBookableDoctor } from '../availability/service.js'
import { quotePromotion } from '../promotions/redemption.js'
import { readSettings } from '../settings/service.js'
import { priceVisit, subtotalOf } from './bill.js'

export interface QuoteRequest {
  patientId: string
  doctorId: string
  type: 'in_person' | 'online'
  hospitalServiceIds: readonly string[]
  promotionCode?: string
  now: Date
}

/** The booking summary before the patient confirms: lines, discount, total, and whether it must be paid first. */
export async function quoteVisit(db: PrismaClient, request: QuoteRequest): Promise<TQuote> {
  const doctor = await loadBookableDoctor(db, request.doctorId)
  const lines = await priceVisit(db, doctor, request.hospitalServiceIds)
  const subtotal = subtotalOf(lines)
  const promotion = request.promotionCode
    ? await quotePromotion(db, {
        code: request.promotionCode,
        patientId: request.patientId,
        hospitalId: doctor.hospitalId,
        lines,
        now: request.now,
      })
    : null
  const discount = promotion?.ok ? { code: promotion.code, amount: Math.min(promotion.discountAmount, subtotal) } : null
  const total = subtotal - (discount?.amount ?? 0)
  const settings = await readSettings(db)
  return {
    charges: lines.map(({ serviceId: _serviceId, ...charge }) => charge),
    subtotal,
    discount,
    total,
    prepaymentRequired:
      total > 0 &&
      (settings['booking.prepaymentRequired'] ||
        (request.type === 'online' && settings['payments.prepayOnlineConsultations'])),
    holdMinutes: settings['booking.holdMinutes'],
    promotionRefusal: promotion && !promotion.ok ? promotion.reason : null,
  }
}
