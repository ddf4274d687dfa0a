import { TZDate } from '@date-fns/tz'
import { format } from 'date-fns'
import type { ReceiptData } from './receipt-data.js'

export type ReceiptLocale = 'vi' | 'en'

export interface ReceiptLabels {
  title: string
  receiptNumber: string
  issuedAt: string
  phone: string
  patient: string
  email: string
  visitFor: string
  visit: string
  doctor: string
  visitTime: string
  visitType: string
  visitTypes: Record<ReceiptData['visit']['type'], string>
  description: string
  amount: string
  subtotal: string
  discount: (code: string) => string
  total: string
  payment: string
  method: string
  methods: Record<ReceiptData['method'], string>
  status: string
  statuses: Record<ReceiptData['status'], string>
  transactionId: string
  paidAt: string
  refunds: string
  refundDate: string
  refundReason: string
  refundedTotal: string
  netPaid: string
  timesIn: (zone: string) => string
  thanks: string
  electronic: string
}

const METHOD_BRANDS = {
  visa: 'Visa',
  mastercard: 'Mastercard',
  momo: 'MoMo',
  vnpay: 'VNPay',
  zalopay: 'ZaloPay',
} as const

export const RECEIPT_LABELS: Record<ReceiptLocale, ReceiptLabels> = {
  vi: {
    title: 'BIÊN LAI THANH TOÁN',
    receiptNumber: 'Số biên lai',
    issuedAt: 'Ngày lập',
    phone: 'Điện thoại',
    patient: 'Người thanh toán',
    email: 'Email',
    visitFor: 'Khám cho',
    visit: 'Lịch khám',
    doctor: 'Bác sĩ',
    visitTime: 'Thời gian',
    visitType: 'Hình thức',
    visitTypes: { in_person: 'Khám trực tiếp', online: 'Khám trực tuyến' },
    description: 'Nội dung',
    amount: 'Số tiền',
    subtotal: 'Tạm tính',
    discount: (code) => `Giảm giá (mã ${code})`,
    total: 'Tổng cộng',
    payment: 'Thanh toán',
    method: 'Phương thức',
    methods: { ...METHOD_BRANDS, bank_transfer: 'Chuyển khoản ngân hàng', cash: 'Tiền mặt' },
    status: 'Trạng thái',
    statuses: {
      pending: 'Chờ thanh toán',
      completed: 'Đã thanh toán',
      failed: 'Thanh toán thất bại',
      refunded: 'Đã hoàn tiền',
    },
    transactionId: 'Mã giao dịch',
    paidAt: 'Thời điểm thanh toán',
    refunds: 'Hoàn tiền',
    refundDate: 'Ngày hoàn',
    refundReason: 'Lý do',
    refundedTotal: 'Tổng đã hoàn',
    netPaid: 'Thực thu',
    timesIn: (zone) => `Thời gian theo giờ ${zone}.`,
    thanks: 'Cảm ơn quý khách đã sử dụng dịch vụ.',
    electronic: 'Biên lai điện tử do MedBook phát hành thay mặt cơ sở y tế.',
  },
  en: {
    title: 'PAYMENT RECEIPT',
    receiptNumber: 'Receipt no.',
    issuedAt: 'Issued',
    phone: 'Phone',
    patient: 'Paid by',
    email: 'Email',
    visitFor: 'Visit for',
    visit: 'Appointment',
    doctor: 'Doctor',
    visitTime: 'Time',
    visitType: 'Type',
    visitTypes: { in_person: 'In-person visit', online: 'Online consultation' },
    description: 'Description',
    amount: 'Amount',
    subtotal: 'Subtotal',
    discount: (code) => `Discount (code ${code})`,
    total: 'Total',
    payment: 'Payment',
    method: 'Method',
    methods: { ...METHOD_BRANDS, bank_transfer: 'Bank transfer', cash: 'Cash' },
    status: 'Status',
    statuses: { pending: 'Pending', completed: 'Paid', failed: 'Failed', refunded: 'Refunded' },
    transactionId: 'Transaction ID',
    paidAt: 'Paid at',
    refunds: 'Refunds',
    refundDate: 'Date',
    refundReason: 'Reason',
    refundedTotal: 'Total refunded',
    netPaid: 'Net paid',
    timesIn: (zone) => `Times are ${zone}.`,
    thanks: 'Thank you for choosing us.',
    electronic: 'Electronic receipt issued by MedBook on behalf of the healthcare provider.',
  },
}

/**
 * Integer VND as Intl writes it ("160.000 ₫" in Vietnamese, "VND 160,000" in English), with an
 * ordinary space instead of Intl's no-break space so copied text reads the same everywhere.
 */
export function formatVnd(amount: number, locale: ReceiptLocale): string {
  const formatter =
    locale === 'vi'
      ? new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND' })
      : new Intl.NumberFormat('en-US', { style: 'currency', currency: 'VND', currencyDisplay: 'code' })
  return formatter.format(amount).replace(/\u00a0/g, ' ')
}

/** "14:05, 03/12/2026" (vi) or "3 Dec 2026, 14:05" (en) on the clock of `timeZone`. */
export function formatDateTime(instant: Date, timeZone: string, locale: ReceiptLocale): string {
  const local = new TZDate(instant.getTime(), timeZone)
  return format(local, locale === 'vi' ? 'HH:mm, dd/MM/yyyy' : 'd MMM yyyy, HH:mm')
}

export function formatDate(instant: Date, timeZone: string, locale: ReceiptLocale): string {
  return format(new TZDate(instant.getTime(), timeZone), locale === 'vi' ? 'dd/MM/yyyy' : 'd MMM yyyy')
}

/** "Asia/Ho_Chi_Minh, GMT+7" for the footer, so a reader abroad knows which clock the times are on. */
export function zoneLabel(instant: Date, timeZone: string): string {
  const offset = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'shortOffset' })
    .formatToParts(instant)
    .find((part) => part.type === 'timeZoneName')?.value
  return offset ? `${timeZone} (${offset})` : timeZone
}
