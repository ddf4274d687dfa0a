import PDFDocument from 'pdfkit'
import { AppError } from '../../errors.js'
import { FONT_BOLD, FONT_REGULAR } from '../../pdf/fonts.js'
import { type ReceiptData, ZReceiptData } from './receipt-data.js'
import { PAGE_MARGIN, ReceiptDrawing } from './receipt-drawing.js'
import { RECEIPT_LABELS, type ReceiptLocale } from './receipt-labels.js'

export type { ReceiptData } from './receipt-data.js'
export type { ReceiptLocale } from './receipt-labels.js'

/** "bien-lai-MB-2026-000123.pdf" / "receipt-MB-2026-000123.pdf": ASCII only, safe in a Content-Disposition. */
export function receiptFileName(receiptNumber: string, locale: ReceiptLocale): string {
  const safe = receiptNumber.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'receipt'
  return `${locale === 'vi' ? 'bien-lai' : 'receipt'}-${safe}.pdf`
}

/**
 * An A4 receipt: hospital and receipt number, payer and visit, lines and totals, payment, refunds.
 * A usual receipt fits one page; an unusually long one continues on the next rather than overflowing.
 */
export async function renderReceiptPdf(receipt: ReceiptData, locale: ReceiptLocale): Promise<Buffer> {
  const checked = ZReceiptData.safeParse(receipt)
  if (!checked.success) {
    const fields = checked.error.issues.map((issue) => issue.path.join('.'))
    throw new AppError('INTERNAL_SERVER_ERROR', 'The receipt cannot be drawn from incomplete data', { fields })
  }
  if (locale !== 'vi' && locale !== 'en') throw new AppError('BAD_REQUEST', 'The language must be vi or en')
  const data = checked.data
  const labels = RECEIPT_LABELS[locale]
  const doc = new PDFDocument({
    size: 'A4',
    margin: PAGE_MARGIN,
    font: FONT_REGULAR,
    lang: locale === 'vi' ? 'vi-VN' : 'en-US',
    displayTitle: true,
    info: { Title: `${labels.title} ${data.receiptNumber}`, Author: data.hospital.name, Creator: 'MedBook' },
  })
  doc.registerFont('regular', FONT_REGULAR)
  doc.registerFont('bold', FONT_BOLD)
  const finished = collect(doc)
  const draw = new ReceiptDrawing(doc, data, locale, labels)
  draw.header()
  draw.parties()
  draw.lines()
  draw.payment()
  draw.refunds()
  draw.footer()
  doc.end()
  return finished
}

function collect(doc: PDFKit.PDFDocument): Promise<Buffer> {
  const chunks: Buffer[] = []
  return new Promise((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
}
