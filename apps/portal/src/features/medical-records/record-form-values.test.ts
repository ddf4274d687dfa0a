import { ZRecordContentInput } from '@medbook/contracts'
import { describe, expect, it } from 'vitest'
import { contentOf, EMPTY_RECORD, formValuesOf, newLabTest, newPrescription } from './record-form-values'

describe('the record editor’s values', () => {
  it('sends only lines that have their required name, trimmed, and what the API accepts', () => {
    const content = contentOf({
      ...EMPTY_RECORD,
      diagnosis: [
        { key: 'a', text: ' Nhiễm trùng hô hấp trên cấp ', code: 'J06.9' },
        { key: 'b', text: '   ', code: '' },
      ],
      treatment: '  ',
      prescription: [
        { ...newPrescription(), medicationName: 'Paracetamol', dosage: '1 viên' },
        // a row just added, nothing typed yet
        newPrescription(),
      ],
      labTests: [
        {
          ...newLabTest(),
          name: 'Công thức máu',
          files: [{ id: '0193b2a4-0000-7000-8000-000000000001', fileName: 'ctm.pdf', url: '/files/records/x' }],
        },
        { ...newLabTest(), results: 'results without a test name wait' },
      ],
      notes: 'Nghỉ ngơi',
      followUpDate: '',
    })
    expect(content).toEqual({
      diagnosis: [{ text: 'Nhiễm trùng hô hấp trên cấp', code: 'J06.9' }],
      treatment: null,
      prescription: [
        { medicationName: 'Paracetamol', dosage: '1 viên', frequency: '', duration: '', instructions: undefined },
      ],
      labTests: [
        {
          name: 'Công thức máu',
          results: undefined,
          date: undefined,
          fileIds: ['0193b2a4-0000-7000-8000-000000000001'],
        },
      ],
      notes: 'Nghỉ ngơi',
      followUpDate: null,
    })
    expect(ZRecordContentInput.safeParse(content).success).toBe(true)
  })

  it('reads a saved record back, with an empty diagnosis line to type in when there is none', () => {
    const values = formValuesOf({
      diagnosis: [],
      treatment: null,
      prescription: [],
      labTests: [
        {
          name: 'X-quang phổi',
          results: null,
          date: '2026-12-01',
          attachments: [
            {
              id: '0193b2a4-0000-7000-8000-000000000002',
              fileName: 'xq.png',
              mimeType: 'image/png',
              sizeBytes: 10,
              url: '/files/records/0193b2a4-0000-7000-8000-000000000002',
            },
            // a demo-seed file that was never uploaded has no id: it cannot be sent back
            {
              id: null,
              fileName: 'demo.pdf',
              mimeType: 'application/pdf',
              sizeBytes: null,
              url: '/files/lab-results/demo.pdf',
            },
          ],
        },
      ],
      notes: null,
      followUpDate: '2026-12-20',
    })
    expect(values.diagnosis).toHaveLength(1)
    expect(values.diagnosis[0]?.text).toBe('')
    expect(values.labTests[0]?.files.map((file) => file.fileName)).toEqual(['xq.png'])
    expect(values.followUpDate).toBe('2026-12-20')
  })
})
