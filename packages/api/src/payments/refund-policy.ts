import type { TRefundPolicy, TRefundPreview } from '@medbook/contracts'

const HOUR = 3_600_000

export interface Cancellation {
  /** what was paid and not yet returned */
  paid: number
  startsAt: Date
  at: Date
  by: 'patient' | 'doctor' | 'hospital' | 'system'
  method: TRefundPreview['method']
}

/**
 * How much of a payment a cancellation returns. A patient gets the share of the first tier
 * whose hours-before-the-visit they meet (tiers go down; meeting a tier's hours exactly counts);
 * later than every tier, nothing. A cancellation by the doctor, hospital or system returns
 * providerCancellationPercent. Amounts are whole đồng, rounded down.
 */
export function refundForCancellation(policy: TRefundPolicy, cancellation: Cancellation): TRefundPreview {
  const base = { paid: cancellation.paid, method: cancellation.method }
  if (cancellation.paid <= 0) {
    return { ...base, refundAmount: 0, percent: 0, rule: 'nothing_paid', minHoursBefore: null }
  }
  if (cancellation.by !== 'patient') {
    const percent = policy.providerCancellationPercent
    return {
      ...base,
      refundAmount: share(cancellation.paid, percent),
      percent,
      rule: 'provider_cancelled',
      minHoursBefore: null,
    }
  }
  const hoursBefore = (cancellation.startsAt.getTime() - cancellation.at.getTime()) / HOUR
  const tier = policy.tiers.find((candidate) => hoursBefore >= candidate.minHoursBefore)
  if (!tier) return { ...base, refundAmount: 0, percent: 0, rule: 'too_late', minHoursBefore: null }
  return {
    ...base,
    refundAmount: share(cancellation.paid, tier.percent),
    percent: tier.percent,
    rule: 'tier',
    minHoursBefore: tier.minHoursBefore,
  }
}

function share(amount: number, percent: number): number {
  return Math.floor((amount * percent) / 100)
}
