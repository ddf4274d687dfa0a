import type { TAppointment } from '@medbook/contracts'
import { describe, expect, it } from 'vitest'
import { isPayable, mustPrepay } from './payable'

const NOW = new Date('2026-12-06T03:00:00Z')

function visit(change: Partial<TAppointment> = {}): TAppointment {
  return {
    id: '0193a1b2-0000-7000-8000-000000000001',
    status: 'scheduled',
    type: 'in_person',
    appointmentDate: '2026-12-08',
    timeSlot: { startTime: '08:00', endTime: '08:30' },
    startsAt: new Date('2026-12-08T01:00:00Z'),
    endsAt: new Date('2026-12-08T01:30:00Z'),
    timeZone: 'Asia/Ho_Chi_Minh',
    queueNumber: 1,
    doctor: { id: '0193a1b2-0000-7000-8000-000000000002', name: 'Trần Thị Hương', consultationFee: 300_000 },
    hospital: {
      id: '0193a1b2-0000-7000-8000-000000000003',
      name: 'Bệnh viện An Bình',
      street: '146 An Bình',
      city: 'HCM',
    },
    patient: { id: '0193a1b2-0000-7000-8000-000000000004', name: 'Phạm Mai' },
    familyMember: null,
    reasonForVisit: null,
    symptoms: [],
    notes: null,
    cancelledBy: null,
    cancellationReason: null,
    paymentStatus: 'pending',
    bill: {
      charges: [{ kind: 'consultation', description: 'Khám bệnh', hospitalServiceId: null, amount: 300_000 }],
      subtotal: 300_000,
      discount: null,
      total: 300_000,
    },
    payment: null,
    holdExpiresAt: null,
    rescheduledFromId: null,
    createdAt: NOW,
    ...change,
  }
}

describe('when a visit can be paid online', () => {
  it('offers an upcoming, unpaid visit, and again after a failed attempt', () => {
    expect(isPayable(visit(), NOW)).toBe(true)
    expect(isPayable(visit({ paymentStatus: 'failed' }), NOW)).toBe(true)
  })

  it('does not offer a paid, refunded, free, cancelled or past visit', () => {
    expect(isPayable(visit({ paymentStatus: 'completed' }), NOW)).toBe(false)
    expect(isPayable(visit({ paymentStatus: 'refunded' }), NOW)).toBe(false)
    expect(isPayable(visit({ bill: { charges: [], subtotal: 0, discount: null, total: 0 } }), NOW)).toBe(false)
    expect(isPayable(visit({ status: 'cancelled' }), NOW)).toBe(false)
    expect(isPayable(visit({ startsAt: new Date('2026-12-06T02:59:00Z') }), NOW)).toBe(false)
  })

  it('asks for payment in advance while the booking is held', () => {
    expect(mustPrepay(visit())).toBe(false)
    expect(mustPrepay(visit({ holdExpiresAt: new Date('2026-12-06T03:15:00Z') }))).toBe(true)
  })
})
