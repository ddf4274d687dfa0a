import { TEXT_FEATURES } from '../../pdf/fonts.js'
import type { ReceiptData } from './receipt-data.js'
import {
  formatDate,
  formatDateTime,
  formatVnd,
  type ReceiptLabels,
  type ReceiptLocale,
  zoneLabel,
} from './receipt-labels.js'

export const PAGE_MARGIN = 50
const PAGE_BOTTOM = 841.89 - PAGE_MARGIN
const CONTENT_WIDTH = 595.28 - 2 * PAGE_MARGIN
const AMOUNT_WIDTH = 140
const DESCRIPTION_WIDTH = CONTENT_WIDTH - AMOUNT_WIDTH - 12
const INK = '#1f2933'
const MUTED = '#616e7c'
const RULE = '#cbd2d9'
const BAND = '#f0f4f8'

type Font = 'regular' | 'bold'

/** Draws the receipt's sections top to bottom on a pdfkit document set up with 'regular' and 'bold' fonts. */
export class ReceiptDrawing {
  constructor(
    private readonly doc: PDFKit.PDFDocument,
    private readonly receipt: ReceiptData,
    private readonly locale: ReceiptLocale,
    private readonly labels: ReceiptLabels,
  ) {}

  header(): void {
    const { doc, receipt, labels } = this
    const top = doc.y
    const leftWidth = CONTENT_WIDTH * 0.55
    this.style('bold', 15, INK)
    this.write(receipt.hospital.name, PAGE_MARGIN, top, { width: leftWidth })
    this.style('regular', 9, MUTED)
    this.write(receipt.hospital.address, { width: leftWidth })
    if (receipt.hospital.phoneNumber) this.write(`${labels.phone}: ${receipt.hospital.phoneNumber}`)
    const leftBottom = doc.y
    const rightX = PAGE_MARGIN + leftWidth + 10
    const rightWidth = CONTENT_WIDTH - leftWidth - 10
    this.style('bold', 16, INK)
    this.write(labels.title, rightX, top, { width: rightWidth, align: 'right' })
    this.style('regular', 9, MUTED)
    this.write(`${labels.receiptNumber}: ${receipt.receiptNumber}`, { width: rightWidth, align: 'right' })
    this.write(`${labels.issuedAt}: ${this.when(receipt.issuedAt)}`, { width: rightWidth, align: 'right' })
    doc.y = Math.max(leftBottom, doc.y) + 12
    this.rule()
  }

  parties(): void {
    const { receipt, labels } = this
    const columnWidth = (CONTENT_WIDTH - 20) / 2
    const top = this.doc.y
    this.block(PAGE_MARGIN, top, columnWidth, labels.patient, [
      [null, receipt.patient.name],
      [labels.phone, receipt.patient.phoneNumber],
      [labels.email, receipt.patient.email],
      [labels.visitFor, receipt.visitFor],
    ])
    const leftBottom = this.doc.y
    this.block(PAGE_MARGIN + columnWidth + 20, top, columnWidth, labels.visit, [
      [labels.doctor, receipt.visit.doctorName],
      [labels.visitTime, this.when(receipt.visit.startsAt)],
      [labels.visitType, labels.visitTypes[receipt.visit.type]],
    ])
    this.doc.x = PAGE_MARGIN
    this.doc.y = Math.max(leftBottom, this.doc.y) + 16
  }

  lines(): void {
    const { receipt, labels } = this
    this.band(labels.description, labels.amount)
    for (const line of receipt.lines) this.amountRow(line.description, this.money(line.amount))
    this.rule(4)
    this.amountRow(labels.subtotal, this.money(receipt.subtotal))
    if (receipt.discount) {
      this.amountRow(labels.discount(receipt.discount.code), this.money(-receipt.discount.amount))
    }
    this.amountRow(labels.total, this.money(receipt.total), { font: 'bold', size: 12 })
    this.doc.moveDown(1)
  }

  payment(): void {
    const { receipt, labels } = this
    const rows: [string, string | null][] = [
      [labels.method, labels.methods[receipt.method]],
      [labels.status, labels.statuses[receipt.status]],
      [labels.transactionId, receipt.transactionId],
      [labels.paidAt, receipt.paidAt ? this.when(receipt.paidAt) : null],
    ]
    this.room(80)
    this.heading(labels.payment)
    for (const [label, value] of rows) if (value) this.labelled(label, value, PAGE_MARGIN, CONTENT_WIDTH)
    this.doc.moveDown(1)
  }

  refunds(): void {
    const { receipt, labels } = this
    if (receipt.refunds.length === 0) return
    this.room(70)
    this.heading(labels.refunds)
    this.band(`${labels.refundDate} · ${labels.refundReason}`, labels.amount)
    for (const refund of receipt.refunds) {
      const date = formatDate(refund.at, receipt.timeZone, this.locale)
      this.amountRow(`${date} · ${refund.reason}`, this.money(-refund.amount))
    }
    this.rule(4)
    const refunded = receipt.refunds.reduce((sum, refund) => sum + refund.amount, 0)
    this.amountRow(labels.refundedTotal, this.money(-refunded))
    this.amountRow(labels.netPaid, this.money(receipt.total - refunded), { font: 'bold' })
    this.doc.moveDown(1)
  }

  footer(): void {
    const { doc, receipt, labels } = this
    this.room(60)
    this.rule()
    this.style('regular', 9, INK)
    this.write(labels.thanks, PAGE_MARGIN, doc.y, { width: CONTENT_WIDTH })
    doc.fillColor(MUTED)
    this.write(labels.electronic, { width: CONTENT_WIDTH })
    this.write(labels.timesIn(zoneLabel(receipt.issuedAt, receipt.timeZone)), { width: CONTENT_WIDTH })
  }

  private money(amount: number): string {
    return formatVnd(amount, this.locale)
  }

  private when(instant: Date): string {
    return formatDateTime(instant, this.receipt.timeZone, this.locale)
  }

  private style(font: Font, size: number, color: string): void {
    this.doc.font(font).fontSize(size).fillColor(color)
  }

  /** Every string goes through here: NFC, and the features that keep the text layer exact. */
  private write(
    value: string,
    xOrOptions?: number | PDFKit.Mixins.TextOptions,
    y?: number,
    options?: PDFKit.Mixins.TextOptions,
  ): void {
    const text = value.normalize('NFC')
    if (typeof xOrOptions === 'number') this.doc.text(text, xOrOptions, y, { ...options, features: TEXT_FEATURES })
    else this.doc.text(text, { ...xOrOptions, features: TEXT_FEATURES })
  }

  /** Starts a new page when fewer than `height` points are left, so a section never splits mid-row. */
  private room(height: number): void {
    if (this.doc.y + height > PAGE_BOTTOM) {
      this.doc.addPage()
      this.doc.x = PAGE_MARGIN
      this.doc.y = PAGE_MARGIN
    }
  }

  private heading(text: string): void {
    this.style('bold', 10, INK)
    this.write(text, PAGE_MARGIN, this.doc.y, { width: CONTENT_WIDTH })
    this.doc.moveDown(0.3)
  }

  private block(x: number, y: number, width: number, title: string, rows: [string | null, string | null][]): void {
    this.style('bold', 10, INK)
    this.write(title, x, y, { width })
    this.doc.moveDown(0.3)
    for (const [label, value] of rows) {
      if (!value) continue
      if (label) {
        this.labelled(label, value, x, width)
      } else {
        this.style('bold', 10, INK)
        this.write(value, x, this.doc.y, { width })
      }
    }
  }

  private labelled(label: string, value: string, x: number, width: number): void {
    this.style('regular', 9.5, MUTED)
    this.write(`${label}: `, x, this.doc.y, { width, continued: true })
    this.doc.fillColor(INK)
    this.write(value)
  }

  /** A shaded header row for a two-column table. */
  private band(left: string, right: string): void {
    this.room(50)
    const y = this.doc.y
    this.doc.rect(PAGE_MARGIN, y, CONTENT_WIDTH, 20).fill(BAND)
    this.style('bold', 9, MUTED)
    this.write(left, PAGE_MARGIN + 6, y + 5, { width: DESCRIPTION_WIDTH })
    this.write(right, PAGE_MARGIN + CONTENT_WIDTH - AMOUNT_WIDTH - 6, y + 5, { width: AMOUNT_WIDTH, align: 'right' })
    this.doc.y = y + 26
  }

  private amountRow(description: string, amount: string, style: { font?: Font; size?: number } = {}): void {
    const { doc } = this
    this.style(style.font ?? 'regular', style.size ?? 10, INK)
    const text = description.normalize('NFC')
    this.room(doc.heightOfString(text, { width: DESCRIPTION_WIDTH, features: TEXT_FEATURES }) + 4)
    const y = doc.y
    this.write(text, PAGE_MARGIN + 6, y, { width: DESCRIPTION_WIDTH })
    const bottom = doc.y
    this.write(amount, PAGE_MARGIN + CONTENT_WIDTH - AMOUNT_WIDTH - 6, y, { width: AMOUNT_WIDTH, align: 'right' })
    doc.x = PAGE_MARGIN
    doc.y = Math.max(bottom, doc.y) + 4
  }

  private rule(gap = 10): void {
    const { doc } = this
    doc
      .moveTo(PAGE_MARGIN, doc.y)
      .lineTo(PAGE_MARGIN + CONTENT_WIDTH, doc.y)
      .lineWidth(0.6)
      .strokeColor(RULE)
      .stroke()
    doc.y += gap
  }
}
