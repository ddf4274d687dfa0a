import type { TPayment, TRefund } from '@medbook/contracts'
import { describe, expect, it } from 'vitest'
import { canConfirmTransfer, pendingManualRefunds, refundable } from './payment-rules'
import { paymentsCsvUrl } from './use-payment-filters'

const at = new Date('2026-12-01T03:00:00Z')

function refund(amount: number, status: TRefund['status'], kind: TRefund['kind'] = 'staff'): TRefund {
  return {
    id: crypto.randomUUID(),
    amount,
    reason: 'Lý do',
    kind,
    status,
    failureMessage: null,
    createdAt: at,
    completedAt: null,
  }
}

function payment(changes: Partial<TPayment>): TPayment {
  return {
    id: crypto.randomUUID(),
    reference: 'MB0123456789',
    appointmentId: crypto.randomUUID(),
    appointmentStartsAt: at,
    timeZone: 'Asia/Ho_Chi_Minh',
    hospital: { id: crypto.randomUUID(), name: 'Phòng khám' },
    doctor: { id: crypto.randomUUID(), name: 'Bác sĩ' },
    patient: { id: crypto.randomUUID(), name: 'Bệnh nhân' },
    amount: 300_000,
    currency: 'VND',
    paymentMethod: 'cash',
    status: 'completed',
    transactionId: null,
    paymentDate: at,
    refundAmount: null,
    refundDate: null,
    refundReason: null,
    receiptUrl: null,
    expiresAt: null,
    createdAt: at,
    refunds: [],
    ...changes,
  }
}

describe('payment rules', () => {
  it('leaves to refund what was paid less refunds done or under way, never failed ones', () => {
    expect(refundable(payment({}))).toBe(300_000)
    const refunds = [refund(100_000, 'completed'), refund(50_000, 'pending'), refund(120_000, 'failed')]
    expect(refundable(payment({ status: 'refunded', refunds }))).toBe(150_000)
    expect(refundable(payment({ status: 'pending' }))).toBe(0)
    expect(refundable(payment({ status: 'failed' }))).toBe(0)
  })

  it('confirms only pending bank transfers by hand', () => {
    expect(canConfirmTransfer(payment({ paymentMethod: 'bank_transfer', status: 'pending' }))).toBe(true)
    expect(canConfirmTransfer(payment({ paymentMethod: 'bank_transfer', status: 'completed' }))).toBe(false)
    expect(canConfirmTransfer(payment({ paymentMethod: 'vnpay', status: 'pending' }))).toBe(false)
  })

  it('lists pending refunds of desk and transfer money, not of gateway payments', () => {
    const pending = refund(100_000, 'pending', 'policy')
    expect(pendingManualRefunds(payment({ refunds: [pending, refund(1, 'completed')] }))).toEqual([pending])
    expect(pendingManualRefunds(payment({ paymentMethod: 'momo', refunds: [pending] }))).toEqual([])
  })

  it('carries the filters the export knows into the CSV link', () => {
    expect(paymentsCsvUrl({})).toBe('/hospital/payments.csv')
    expect(
      paymentsCsvUrl({
        status: 'pending',
        method: 'bank_transfer',
        from: '2026-12-01',
        to: '2026-12-06',
        search: 'Lan',
      }),
    ).toBe('/hospital/payments.csv?status=pending&method=bank_transfer&from=2026-12-01&to=2026-12-06&search=Lan')
    const hospitalId = crypto.randomUUID()
    expect(paymentsCsvUrl({ hospitalId, method: 'cash' })).toBe(
      `/hospital/payments.csv?method=cash&hospitalId=${hospitalId}`,
    )
  })
})
