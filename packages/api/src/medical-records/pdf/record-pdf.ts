import type { TMedicalRecord } from '@medbook/contracts'
import PDFDocument from 'pdfkit'
import { FONT_BOLD, FONT_REGULAR, TEXT_FEATURES } from '../../pdf/fonts.js'
import { formatDay, RECORD_LABELS, type RecordLabels, type RecordLocale } from './record-labels.js'

export type { RecordLocale } from './record-labels.js'

const MARGIN = 50
const WIDTH = 595.28 - 2 * MARGIN
const INK = '#1f2933'
const MUTED = '#616e7c'
const RULE = '#cbd2d9'

/** Writes text blocks top to bottom; pdfkit breaks pages by itself. */
class Writer {
  constructor(readonly doc: PDFKit.PDFDocument) {}

  text(value: string, size = 10, options: PDFKit.Mixins.TextOptions & { bold?: boolean; muted?: boolean } = {}) {
    const { bold, muted, ...rest } = options
    this.doc
      .font(bold ? 'bold' : 'regular')
      .fontSize(size)
      .fillColor(muted ? MUTED : INK)
      .text(value.normalize('NFC'), MARGIN, this.doc.y, { width: WIDTH, ...rest, features: TEXT_FEATURES })
  }

  heading(value: string) {
    this.doc.moveDown(0.6)
    this.text(value, 11, { bold: true })
    this.doc.moveDown(0.2)
  }

  field(label: string, value: string) {
    this.text(`${label}: `, 10, { continued: true, muted: true })
    this.doc.font('regular').fillColor(INK).text(value.normalize('NFC'), { features: TEXT_FEATURES })
  }

  rule() {
    this.doc.moveDown(0.4)
    this.doc
      .moveTo(MARGIN, this.doc.y)
      .lineTo(MARGIN + WIDTH, this.doc.y)
      .lineWidth(0.6)
      .strokeColor(RULE)
      .stroke()
    this.doc.moveDown(0.4)
  }
}

function open(locale: RecordLocale, title: string, author: string) {
  const doc = new PDFDocument({
    size: 'A4',
    margin: MARGIN,
    font: FONT_REGULAR,
    lang: locale === 'vi' ? 'vi-VN' : 'en-US',
    displayTitle: true,
    info: { Title: title, Author: author, Creator: 'MedBook' },
  })
  doc.registerFont('regular', FONT_REGULAR)
  doc.registerFont('bold', FONT_BOLD)
  const chunks: Buffer[] = []
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk))
    doc.on('end', () => resolve(Buffer.concat(chunks)))
    doc.on('error', reject)
  })
  return { doc, write: new Writer(doc), finished }
}

function header(write: Writer, record: TMedicalRecord, labels: RecordLabels, title: string, locale: RecordLocale) {
  write.text(record.hospital.name, 14, { bold: true })
  write.text(title, 12, { bold: true })
  write.rule()
  write.field(labels.patient, record.person.name)
  write.field(labels.doctor, `BS ${record.doctor.name}`)
  write.field(labels.visitDate, formatDay(record.visitDate, locale))
}

/**
 * A shared record as the patient takes it to a pharmacy or another doctor: diagnosis with ICD-10
 * codes, treatment, prescription, lab results, notes and the follow-up date, in Vietnamese or English.
 */
export function renderRecordPdf(record: TMedicalRecord, locale: RecordLocale): Promise<Buffer> {
  const labels = RECORD_LABELS[locale]
  const { doc, write, finished } = open(locale, `${labels.title} ${record.visitDate}`, record.hospital.name)
  header(write, record, labels, labels.title, locale)
  write.field(labels.version, String(record.version))

  write.heading(labels.diagnosis)
  if (record.diagnosis.length === 0) write.text(labels.none, 10, { muted: true })
  for (const entry of record.diagnosis) write.text(`• ${entry.code ? `${entry.code} — ` : ''}${entry.text}`)

  if (record.treatment) {
    write.heading(labels.treatment)
    write.text(record.treatment)
  }

  write.heading(labels.prescription)
  if (record.prescription.length === 0) write.text(labels.none, 10, { muted: true })
  record.prescription.forEach((line, index) => {
    write.text(`${index + 1}. ${line.medicationName}`, 10.5, { bold: true })
    const how = [
      line.dosage && `${labels.dosage}: ${line.dosage}`,
      line.frequency && `${labels.frequency}: ${line.frequency}`,
      line.duration && `${labels.duration}: ${line.duration}`,
    ].filter(Boolean)
    if (how.length) write.text(how.join(' · '), 10, { indent: 14 })
    if (line.instructions) write.text(line.instructions, 9.5, { indent: 14, muted: true })
  })

  if (record.labTests.length) {
    write.heading(labels.labTests)
    for (const test of record.labTests) {
      write.text(test.name, 10.5, { bold: true })
      if (test.results) write.text(`${labels.result}: ${test.results}`, 10, { indent: 14 })
      if (test.date) write.text(`${labels.date}: ${formatDay(test.date, locale)}`, 9.5, { indent: 14, muted: true })
    }
  }
  if (record.notes) {
    write.heading(labels.notes)
    write.text(record.notes)
  }
  if (record.followUpDate) {
    write.heading(labels.followUp)
    write.text(formatDay(record.followUpDate, locale), 10.5, { bold: true })
  }
  write.rule()
  if (record.sharedAt) {
    write.text(`${labels.sharedAt} ${formatDay(record.sharedAt.toISOString().slice(0, 10), locale)}`, 8.5, {
      muted: true,
    })
  }
  write.text(labels.footer, 8.5, { muted: true })
  doc.end()
  return finished
}

/** One lab test of a record on its own page: the demo seed's attachments are drawn this way. */
export function renderLabResultPdf(
  record: TMedicalRecord,
  test: TMedicalRecord['labTests'][number],
  locale: RecordLocale,
): Promise<Buffer> {
  const labels = RECORD_LABELS[locale]
  const { doc, write, finished } = open(locale, `${labels.labTitle} ${test.name}`, record.hospital.name)
  header(write, record, labels, labels.labTitle, locale)
  write.heading(test.name)
  write.field(labels.result, test.results ?? labels.none)
  if (test.date) write.field(labels.date, formatDay(test.date, locale))
  write.rule()
  write.text(labels.footer, 8.5, { muted: true })
  doc.end()
  return finished
}

/** "ho-so-kham-2026-12-07.pdf" / "medical-record-2026-12-07.pdf": ASCII only. */
export function recordFileName(record: TMedicalRecord, locale: RecordLocale): string {
  return `${locale === 'vi' ? 'ho-so-kham' : 'medical-record'}-${record.visitDate}.pdf`
}
