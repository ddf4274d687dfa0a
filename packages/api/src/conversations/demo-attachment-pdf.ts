import PDFDocument from 'pdfkit'
import { fullName } from '../appointments/present.js'
import { FONT_BOLD, FONT_REGULAR, TEXT_FEATURES } from '../pdf/fonts.js'

/**
 * The demo seed's message attachments were never uploaded: each is drawn as a one-page PDF that
 * says what it stands for, so the demo's links open a real document.
 */
export function renderDemoAttachmentPdf(input: {
  title: string
  hospitalName: string
  sender: { firstName: string; lastName: string }
  sentAt: Date
}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    font: FONT_REGULAR,
    lang: 'vi-VN',
    info: { Title: input.title, Author: input.hospitalName, Creator: 'MedBook' },
  })
  doc.registerFont('regular', FONT_REGULAR)
  doc.registerFont('bold', FONT_BOLD)
  const chunks: Buffer[] = []
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  const line = (text: string, size: number, bold = false) =>
    doc
      .font(bold ? 'bold' : 'regular')
      .fontSize(size)
      .text(text.normalize('NFC'), { features: TEXT_FEATURES })
      .moveDown(0.4)
  line(input.hospitalName, 16, true)
  line(input.title, 12, true)
  line(`Người gửi / Sent by: ${fullName(input.sender)}`, 10)
  line(`Ngày gửi / Sent on: ${input.sentAt.toISOString().slice(0, 10)}`, 10)
  line('Tài liệu minh hoạ của dữ liệu demo MedBook. / A sample document from the MedBook demo data.', 9)
  doc.end()
  return finished
}
