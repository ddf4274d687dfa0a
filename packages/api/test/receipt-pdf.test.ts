import { extractText, getDocumentProxy } from 'unpdf'
import { describe, expect, it } from 'vitest'
import { AppError } from '../src/errors.js'
import { type ReceiptData, receiptFileName, renderReceiptPdf } from '../src/payments/receipts/receipt-pdf.js'
import { sampleReceipt } from './receipt-sample.js'

async function pdfText(pdf: Buffer): Promise<{ text: string; pages: number }> {
  const document = await getDocumentProxy(new Uint8Array(pdf))
  const { text, totalPages } = await extractText(document, { mergePages: true })
  return { text, pages: totalPages }
}

describe('renderReceiptPdf', () => {
  it('draws a one-page Vietnamese receipt whose text keeps every diacritic', async () => {
    const pdf = await renderReceiptPdf(sampleReceipt(), 'vi')
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    // Two subset Noto Sans faces: a few kilobytes each, not the 600 KB font files.
    expect(pdf.length).toBeLessThan(60_000)
    const { text, pages } = await pdfText(pdf)
    expect(pages).toBe(1)
    for (const expected of [
      'BIÊN LAI THANH TOÁN',
      'MB-2026-000123',
      'Bệnh viện Bạch Mai',
      'Nguyễn Thị Hương',
      'Trần Minh Đức',
      'Lịch khám',
      'Mã giao dịch: 4123456789',
      'Cảm ơn quý khách đã sử dụng dịch vụ.',
      'PGS.TS. Lê Văn Ẩn',
      'Khám trực tiếp',
      'Xét nghiệm máu',
      '30.000 ₫',
      '180.000 ₫',
      'Giảm giá (mã TET2026)',
      '-20.000 ₫',
      'Tổng cộng',
      '160.000 ₫',
      'MoMo',
      'Đã hoàn tiền',
      'Hoàn tiền',
      'Không thực hiện xét nghiệm máu',
      '-30.000 ₫',
      'Thực thu',
      '130.000 ₫',
    ]) {
      expect(text).toContain(expected)
    }
  })

  it('writes decomposed (NFD) input as the same letters', async () => {
    const receipt = {
      ...sampleReceipt(),
      patient: { ...sampleReceipt().patient, name: 'Nguyễn Thị Hương'.normalize('NFD') },
    }
    const { text } = await pdfText(await renderReceiptPdf(receipt, 'vi'))
    expect(text).toContain('Nguyễn Thị Hương')
  })

  it('writes times on the hospital’s clock, not the server’s', async () => {
    const { text } = await pdfText(await renderReceiptPdf(sampleReceipt(), 'vi'))
    // 17:30 UTC on 3 December is 00:30 on 4 December in Hà Nội; the visit at 02:00 UTC is 09:00.
    expect(text).toContain('Ngày lập: 00:30, 04/12/2026')
    expect(text).toContain('09:00, 04/12/2026')
    expect(text).toContain('05/12/2026 · Không thực hiện xét nghiệm máu')
    expect(text).toContain('Asia/Ho_Chi_Minh (GMT+7)')
  })

  it('uses English labels, method and status names in English', async () => {
    const receipt: ReceiptData = { ...sampleReceipt(), method: 'bank_transfer', status: 'completed', refunds: [] }
    const { text } = await pdfText(await renderReceiptPdf(receipt, 'en'))
    for (const expected of [
      'PAYMENT RECEIPT',
      'Receipt no.: MB-2026-000123',
      'Issued: 4 Dec 2026, 00:30',
      'Paid by',
      'Visit for',
      'In-person visit',
      'Subtotal',
      'Discount (code TET2026)',
      'VND 160,000',
      'Method: Bank transfer',
      'Status: Paid',
      'Xét nghiệm máu',
    ]) {
      expect(text).toContain(expected)
    }
    expect(text).not.toContain('Refunds')
    expect(text).not.toContain('BIÊN LAI')
  })

  it('leaves out what is not there: no discount, no transaction, no phone', async () => {
    const receipt: ReceiptData = {
      ...sampleReceipt(),
      hospital: { ...sampleReceipt().hospital, phoneNumber: null },
      patient: { name: 'Nguyễn Thị Hương', phoneNumber: null, email: null },
      visitFor: null,
      visit: { ...sampleReceipt().visit, type: 'online' },
      discount: null,
      subtotal: 180000,
      total: 180000,
      method: 'cash',
      transactionId: null,
      paidAt: null,
      status: 'pending',
      refunds: [],
    }
    const { text } = await pdfText(await renderReceiptPdf(receipt, 'vi'))
    expect(text).toContain('Khám trực tuyến')
    expect(text).toContain('Tiền mặt')
    expect(text).toContain('Chờ thanh toán')
    expect(text).not.toContain('Giảm giá')
    expect(text).not.toContain('Mã giao dịch')
    expect(text).not.toContain('Điện thoại')
  })

  it('continues an unusually long receipt on further pages without losing a row', async () => {
    const lines = Array.from({ length: 40 }, (_, index) => ({
      description: `Dịch vụ số ${index + 1}: siêu âm ổ bụng tổng quát kèm đọc kết quả và tư vấn điều trị`,
      amount: 10000,
    }))
    const receipt: ReceiptData = { ...sampleReceipt(), lines, subtotal: 400000, discount: null, total: 400000 }
    const { text, pages } = await pdfText(await renderReceiptPdf(receipt, 'vi'))
    expect(pages).toBeGreaterThan(1)
    for (let index = 1; index <= 40; index++) expect(text).toContain(`Dịch vụ số ${index}:`)
    expect(text).toContain('Thực thu')
  })

  it('refuses incomplete data and names the fields, without drawing', async () => {
    const broken = { ...sampleReceipt(), timeZone: 'Mars/Olympus', total: 160000.5 }
    await expect(renderReceiptPdf(broken, 'vi')).rejects.toThrow(AppError)
    await expect(renderReceiptPdf(broken, 'vi')).rejects.toMatchObject({
      code: 'INTERNAL_SERVER_ERROR',
      details: { fields: ['timeZone', 'total'] },
    })
  })
})

describe('receiptFileName', () => {
  it('is ASCII and names the receipt in the chosen language', () => {
    expect(receiptFileName('MB-2026-000123', 'vi')).toBe('bien-lai-MB-2026-000123.pdf')
    expect(receiptFileName('MB-2026-000123', 'en')).toBe('receipt-MB-2026-000123.pdf')
    expect(receiptFileName('../Số 7/"x"', 'en')).toBe('receipt-S-7-x.pdf')
  })
})
