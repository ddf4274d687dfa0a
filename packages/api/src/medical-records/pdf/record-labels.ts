export type RecordLocale = 'vi' | 'en'

export const RECORD_LABELS = {
  vi: {
    title: 'HỒ SƠ KHÁM BỆNH',
    labTitle: 'KẾT QUẢ XÉT NGHIỆM',
    patient: 'Người bệnh',
    doctor: 'Bác sĩ điều trị',
    visitDate: 'Ngày khám',
    version: 'Phiên bản',
    diagnosis: 'Chẩn đoán',
    treatment: 'Hướng điều trị',
    prescription: 'Đơn thuốc',
    medicine: 'Thuốc',
    dosage: 'Liều',
    frequency: 'Cách dùng',
    duration: 'Thời gian',
    labTests: 'Xét nghiệm',
    result: 'Kết quả',
    date: 'Ngày',
    notes: 'Ghi chú',
    followUp: 'Hẹn tái khám',
    none: 'Không có',
    sharedAt: 'Chia sẻ với người bệnh lúc',
    footer: 'Tài liệu điện tử do MedBook tạo từ hồ sơ của cơ sở khám. Chỉ người bệnh và bác sĩ của cơ sở được xem.',
  },
  en: {
    title: 'MEDICAL RECORD',
    labTitle: 'LAB RESULT',
    patient: 'Patient',
    doctor: 'Treating doctor',
    visitDate: 'Visit date',
    version: 'Version',
    diagnosis: 'Diagnosis',
    treatment: 'Treatment',
    prescription: 'Prescription',
    medicine: 'Medicine',
    dosage: 'Dose',
    frequency: 'How to take',
    duration: 'Duration',
    labTests: 'Lab tests',
    result: 'Result',
    date: 'Date',
    notes: 'Notes',
    followUp: 'Follow-up visit',
    none: 'None',
    sharedAt: 'Shared with the patient on',
    footer:
      'An electronic document MedBook made from the clinic’s record. Only the patient and the clinic’s doctors may read it.',
  },
} as const satisfies Record<RecordLocale, Record<string, string>>

export type RecordLabels = (typeof RECORD_LABELS)[RecordLocale]

/** "2027-01-06" as "06/01/2027" (vi) or "6 Jan 2027" (en). */
export function formatDay(isoDate: string, locale: RecordLocale): string {
  const date = new Date(`${isoDate}T00:00:00Z`)
  return new Intl.DateTimeFormat(locale === 'vi' ? 'vi-VN' : 'en-GB', {
    day: locale === 'vi' ? '2-digit' : 'numeric',
    month: locale === 'vi' ? '2-digit' : 'short',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date)
}
