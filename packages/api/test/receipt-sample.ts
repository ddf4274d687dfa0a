import type { ReceiptData } from '../src/payments/receipts/receipt-pdf.js'

/** A Bạch Mai receipt with a discount and a partial refund, times around Hà Nội midnight. */
export function sampleReceipt(): ReceiptData {
  return {
    receiptNumber: 'MB-2026-000123',
    issuedAt: new Date('2026-12-03T17:30:00Z'),
    timeZone: 'Asia/Ho_Chi_Minh',
    hospital: {
      name: 'Bệnh viện Bạch Mai',
      address: '78 Giải Phóng, Phương Mai, Đống Đa, Hà Nội',
      phoneNumber: '024 3869 3731',
    },
    patient: { name: 'Nguyễn Thị Hương', phoneNumber: '0912 345 678', email: 'huong.nguyen@example.vn' },
    visitFor: 'Trần Minh Đức',
    visit: { doctorName: 'PGS.TS. Lê Văn Ẩn', startsAt: new Date('2026-12-04T02:00:00Z'), type: 'in_person' },
    lines: [
      { description: 'Khám chuyên khoa Nội tổng quát', amount: 150000 },
      { description: 'Xét nghiệm máu', amount: 30000 },
    ],
    subtotal: 180000,
    discount: { code: 'TET2026', amount: 20000 },
    total: 160000,
    method: 'momo',
    transactionId: '4123456789',
    paidAt: new Date('2026-12-03T17:29:41Z'),
    status: 'refunded',
    refunds: [{ amount: 30000, at: new Date('2026-12-05T03:00:00Z'), reason: 'Không thực hiện xét nghiệm máu' }],
  }
}
