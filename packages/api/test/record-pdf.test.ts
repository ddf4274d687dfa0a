import type { TMedicalRecord } from '@medbook/contracts'
import { extractText, getDocumentProxy } from 'unpdf'
import { describe, expect, it } from 'vitest'
import { recordFileName, renderLabResultPdf, renderRecordPdf } from '../src/medical-records/pdf/record-pdf.js'

const RECORD: TMedicalRecord = {
  id: '01900000-0000-7000-8000-000000000001',
  appointmentId: '01900000-0000-7000-8000-000000000002',
  person: {
    patientId: '01900000-0000-7000-8000-000000000003',
    familyMemberId: null,
    name: 'Nguyễn Thị Hương',
    relationship: null,
  },
  doctor: { id: '01900000-0000-7000-8000-000000000004', name: 'Trần Minh Đức' },
  hospital: { id: '01900000-0000-7000-8000-000000000005', name: 'Bệnh viện Bạch Mai' },
  visitDate: '2026-12-07',
  diagnosis: [
    { text: 'Tăng huyết áp độ 1', code: 'I10' },
    { text: 'Rối loạn giấc ngủ', code: '' },
  ],
  treatment: 'Giảm muối, đi bộ 30 phút mỗi ngày.',
  prescription: [
    {
      medicationName: 'Amlodipin 5mg',
      dosage: '1 viên',
      frequency: '1 lần/ngày buổi sáng',
      duration: '30 ngày',
      instructions: 'Uống sau ăn',
    },
  ],
  labTests: [{ name: 'Xét nghiệm mỡ máu', results: 'LDL 3.9 mmol/L', date: '2026-12-07', attachments: [] }],
  notes: 'Mang theo sổ đo huyết áp khi tái khám.',
  followUpDate: '2027-01-06',
  isSharedWithPatient: true,
  sharedAt: new Date('2026-12-07T04:00:00Z'),
  version: 2,
  createdAt: new Date('2026-12-07T03:00:00Z'),
  updatedAt: new Date('2026-12-07T05:00:00Z'),
  editable: false,
}

async function pdfText(pdf: Buffer) {
  const { text } = await extractText(await getDocumentProxy(new Uint8Array(pdf)), { mergePages: true })
  return text
}

describe('the record PDF', () => {
  it('keeps every Vietnamese diacritic, the ICD-10 codes, the prescription and the follow-up date', async () => {
    const pdf = await renderRecordPdf(RECORD, 'vi')
    expect(pdf.length).toBeLessThan(80_000)
    const text = await pdfText(pdf)
    for (const expected of [
      'HỒ SƠ KHÁM BỆNH',
      'Bệnh viện Bạch Mai',
      'Nguyễn Thị Hương',
      'BS Trần Minh Đức',
      'I10 — Tăng huyết áp độ 1',
      'Rối loạn giấc ngủ',
      'Amlodipin 5mg',
      'Cách dùng: 1 lần/ngày buổi sáng',
      'Uống sau ăn',
      'Kết quả: LDL 3.9 mmol/L',
      'Hẹn tái khám',
      '06/01/2027',
      'Phiên bản: 2',
    ]) {
      expect(text).toContain(expected)
    }
  })

  it('speaks English when asked, and names the file without diacritics', async () => {
    const text = await pdfText(await renderRecordPdf(RECORD, 'en'))
    for (const expected of ['MEDICAL RECORD', 'Treating doctor', 'Follow-up visit', '6 Jan 2027', 'Prescription']) {
      expect(text).toContain(expected)
    }
    expect(recordFileName(RECORD, 'vi')).toBe('ho-so-kham-2026-12-07.pdf')
    expect(recordFileName(RECORD, 'en')).toBe('medical-record-2026-12-07.pdf')
  })

  it('draws one lab result on its own', async () => {
    const test = RECORD.labTests[0]
    if (!test) throw new Error('the sample has a lab test')
    const text = await pdfText(await renderLabResultPdf(RECORD, test, 'vi'))
    expect(text).toContain('KẾT QUẢ XÉT NGHIỆM')
    expect(text).toContain('Xét nghiệm mỡ máu')
    expect(text).toContain('LDL 3.9 mmol/L')
  })
})
