import { ZRefundPolicy } from '@medbook/contracts'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { refundForCancellation } from '../src/payments/refund-policy.js'
import { SETTINGS } from '../src/settings/registry.js'

const POLICY = ZRefundPolicy.parse(SETTINGS['payments.refundPolicy'].default)
const VISIT = new Date('2026-12-10T02:00:00Z') // 09:00 in Hà Nội
const HOUR = 3_600_000
const at = (hoursBefore: number, extraMs = 0) => new Date(VISIT.getTime() - hoursBefore * HOUR + extraMs)
const cancel = (when: Date, by: 'patient' | 'doctor' | 'hospital' | 'system' = 'patient', paid = 160_000) =>
  refundForCancellation(POLICY, { paid, startsAt: VISIT, at: when, by, method: 'vnpay' })

describe('refund policy (default: ≥ 24 h 100 %, 2–24 h 50 %, later nothing; provider 100 %)', () => {
  it('gives everything back at exactly 24 hours before, and half a millisecond later', () => {
    expect(cancel(at(30))).toMatchObject({ refundAmount: 160_000, percent: 100, rule: 'tier', minHoursBefore: 24 })
    expect(cancel(at(24))).toMatchObject({ refundAmount: 160_000, percent: 100 })
    expect(cancel(at(24, 1))).toMatchObject({ refundAmount: 80_000, percent: 50, minHoursBefore: 2 })
  })

  it('gives half at exactly 2 hours before, and nothing a millisecond later', () => {
    expect(cancel(at(2))).toMatchObject({ refundAmount: 80_000, percent: 50 })
    expect(cancel(at(2, 1))).toMatchObject({ refundAmount: 0, percent: 0, rule: 'too_late', minHoursBefore: null })
    expect(cancel(at(-1))).toMatchObject({ refundAmount: 0, rule: 'too_late' })
  })

  it('gives everything back when the doctor, the hospital or the system cancels, whenever it is', () => {
    for (const by of ['doctor', 'hospital', 'system'] as const) {
      expect(cancel(at(1), by)).toMatchObject({ refundAmount: 160_000, percent: 100, rule: 'provider_cancelled' })
    }
  })

  it('has nothing to return when nothing was paid, and rounds shares down to whole đồng', () => {
    expect(cancel(at(48), 'patient', 0)).toMatchObject({ refundAmount: 0, rule: 'nothing_paid' })
    expect(cancel(at(10), 'patient', 100_001)).toMatchObject({ refundAmount: 50_000 })
  })

  it('never returns more than was paid nor less than nothing, for any valid policy and moment', () => {
    const policies = fc
      .array(
        fc.record({ minHoursBefore: fc.integer({ min: 0, max: 24 * 60 }), percent: fc.integer({ min: 0, max: 100 }) }),
        {
          maxLength: 10,
        },
      )
      .map((tiers) => ({
        tiers: [...new Map(tiers.map((tier) => [tier.minHoursBefore, tier])).values()].sort(
          (a, b) => b.minHoursBefore - a.minHoursBefore,
        ),
      }))
    fc.assert(
      fc.property(
        policies,
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 1_100_000_000 }),
        fc.integer({ min: -48 * HOUR, max: 60 * 24 * HOUR }),
        fc.constantFrom('patient', 'doctor', 'hospital', 'system'),
        (policy, providerCancellationPercent, paid, msBefore, by) => {
          const full = { ...policy, providerCancellationPercent }
          expect(ZRefundPolicy.safeParse(full).success).toBe(true)
          const preview = refundForCancellation(full, {
            paid,
            startsAt: VISIT,
            at: new Date(VISIT.getTime() - msBefore),
            by,
            method: null,
          })
          expect(preview.refundAmount).toBeGreaterThanOrEqual(0)
          expect(preview.refundAmount).toBeLessThanOrEqual(paid)
          expect(Number.isInteger(preview.refundAmount)).toBe(true)
        },
      ),
    )
  })
})
