import type { TCharge } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import { AppError } from '../errors.js'

export interface PricedLine extends TCharge {
  /** the catalogue service a service line is for (promotions name catalogue services) */
  serviceId: string | null
}

/**
 * What a visit costs before any discount: the doctor's consultation fee, then each chosen
 * service at this hospital's price. Services must be on the doctor's hospital's price list
 * and available; a service chosen twice is refused rather than billed twice.
 */
export async function priceVisit(
  db: Pick<PrismaClient, 'hospitalService'>,
  doctor: { hospitalId: string; consultationFee: number },
  hospitalServiceIds: readonly string[],
): Promise<PricedLine[]> {
  if (new Set(hospitalServiceIds).size !== hospitalServiceIds.length) {
    throw new AppError('BAD_REQUEST', 'A service was chosen twice', { field: 'hospitalServiceIds' })
  }
  const consultation: PricedLine = {
    kind: 'consultation',
    description: 'Khám bệnh',
    hospitalServiceId: null,
    serviceId: null,
    amount: doctor.consultationFee,
  }
  if (hospitalServiceIds.length === 0) return [consultation]
  const offered = await db.hospitalService.findMany({
    where: { id: { in: [...hospitalServiceIds] }, hospitalId: doctor.hospitalId, isAvailable: true },
    select: { id: true, price: true, serviceId: true, service: { select: { name: true } } },
  })
  const byId = new Map(offered.map((entry) => [entry.id, entry]))
  const lines = hospitalServiceIds.map((id): PricedLine => {
    const entry = byId.get(id)
    if (!entry)
      throw new AppError('NOT_FOUND', 'This hospital does not offer that service', { field: 'hospitalServiceIds' })
    return {
      kind: 'service',
      description: entry.service.name,
      hospitalServiceId: entry.id,
      serviceId: entry.serviceId,
      amount: entry.price,
    }
  })
  return [consultation, ...lines]
}

export function subtotalOf(lines: readonly { amount: number }[]): number {
  return lines.reduce((sum, line) => sum + line.amount, 0)
}
