import { icd10CodeOf, type TLabTest, type TPrescriptionItem } from '@medbook/contracts'
import type {
  MedicalRecord,
  MedicalRecordVersion,
  Review,
  ReviewReport,
  ReviewTargetType,
} from '../generated/prisma/client.js'
import type { Visit } from './appointments.js'
import { type Random, Weighted } from './random.js'
import { addDays, calendarDate, DAY, HOUR, localDateOf, MINUTE } from './time.js'

const TREATMENTS = [
  'Điều trị nội khoa, dùng thuốc theo đơn.',
  'Dùng thuốc theo đơn, nghỉ ngơi, uống đủ nước.',
  'Điều chỉnh chế độ ăn uống và sinh hoạt, dùng thuốc theo đơn.',
  'Theo dõi tại nhà, tái khám nếu triệu chứng nặng hơn.',
]
const DURATIONS = ['5 ngày', '7 ngày', '10 ngày', '14 ngày', '30 ngày']
const INSTRUCTIONS = [
  'Uống sau ăn',
  'Uống trước ăn 30 phút',
  'Không dùng chung với rượu bia',
  'Ngưng thuốc nếu nổi mẩn ngứa',
]
const LAB_RESULTS = [
  'Trong giới hạn bình thường',
  'Tăng nhẹ so với giá trị tham chiếu',
  'Có bất thường, cần theo dõi thêm',
]
const RECORD_NOTES = [
  'Tái khám khi hết thuốc.',
  'Hẹn tái khám mang theo kết quả xét nghiệm.',
  'Tư vấn chế độ sinh hoạt.',
]

export function drawMedicalRecord(random: Random, visit: Visit): MedicalRecord | null {
  const { appointment, doctor } = visit
  if (appointment.status !== 'completed' || !random.chance(0.65)) return null
  const id = random.uuid()
  const date = localDateOf(appointment.startsAt)
  const prescription: TPrescriptionItem[] = random
    .sample(doctor.specialty.medicines, random.int(1, 3))
    .map((medicine) => ({
      medicationName: medicine.name,
      dosage: medicine.dosage,
      frequency: medicine.frequency,
      duration: random.pick(DURATIONS),
      instructions: random.pick(INSTRUCTIONS),
    }))
  const labTests: TLabTest[] = random.sample(doctor.specialty.labTests, random.int(0, 2)).map((name, index) => ({
    name,
    results: random.pick(LAB_RESULTS),
    date,
    attachments: [`/files/lab-results/${id}-${index + 1}.pdf`],
  }))
  const createdAt = new Date(Math.min(appointment.endsAt.getTime() + random.int(5, 90) * MINUTE, visit.now.getTime()))
  const record: MedicalRecord = {
    id,
    patientId: appointment.patientId,
    familyMemberId: appointment.familyMemberId,
    doctorId: appointment.doctorId,
    hospitalId: appointment.hospitalId,
    appointmentId: appointment.id,
    diagnosis: random.sample(doctor.specialty.diagnoses, random.int(1, 2)),
    treatment: random.pick(TREATMENTS),
    prescription,
    labTests,
    notes: random.chance(0.4) ? random.pick(RECORD_NOTES) : null,
    followUpDate: random.chance(0.35) ? calendarDate(addDays(date, random.pick([7, 14, 30]))) : null,
    createdAt,
    updatedAt: createdAt,
    isSharedWithPatient: random.chance(0.75),
    diagnosisCodes: [],
    version: 1,
    sharedAt: null,
    updatedById: doctor.userId,
  }
  record.diagnosisCodes = record.diagnosis.map(icd10CodeOf)
  record.sharedAt = record.isSharedWithPatient ? createdAt : null
  return record
}

const AMENDMENT_REASONS = [
  'Bổ sung kết quả xét nghiệm',
  'Điều chỉnh liều thuốc sau khi có kết quả xét nghiệm',
  'Sửa lỗi chính tả trong chẩn đoán',
] as const

/**
 * Some shared records were amended once: the version the patient first read is kept (with a
 * different treatment), and the record is its version 2. Drawn from its own stream.
 */
export function amendRecord(random: Random, record: MedicalRecord, now: Date): MedicalRecordVersion | null {
  if (!record.sharedAt || !random.chance(0.12)) return null
  const amendedAt = new Date(Math.min(now.getTime(), record.sharedAt.getTime() + random.between(HOUR, 3 * DAY)))
  const earlier = {
    diagnosis: record.diagnosis,
    diagnosisCodes: record.diagnosisCodes,
    treatment: random.pick(TREATMENTS.filter((treatment) => treatment !== record.treatment)),
    prescription: record.prescription,
    labTests: [],
    notes: record.notes,
    followUpDate: record.followUpDate ? record.followUpDate.toISOString().slice(0, 10) : null,
  }
  record.version = 2
  record.updatedAt = amendedAt
  return {
    id: random.uuid(),
    recordId: record.id,
    version: 1,
    content: earlier,
    amendedById: record.updatedById,
    amendedAt,
    reason: random.pick(AMENDMENT_REASONS),
  }
}

const RATINGS = new Weighted<number>([
  [5, 45],
  [4, 30],
  [3, 13],
  [2, 7],
  [1, 5],
])

const COMMENTS: Record<ReviewTargetType, Record<number, readonly string[]>> = {
  doctor: {
    5: [
      'Bác sĩ tận tâm, giải thích rất kỹ.',
      'Khám nhanh, chẩn đoán chính xác, uống thuốc đỡ hẳn.',
      'Bác sĩ rất nhẹ nhàng với trẻ nhỏ.',
    ],
    4: ['Bác sĩ nhiệt tình, chỉ phải chờ hơi lâu.', 'Tư vấn kỹ, sẽ quay lại tái khám.'],
    3: ['Bác sĩ khám ổn nhưng hơi vội.', 'Chờ lâu hơn giờ hẹn khoảng 30 phút.'],
    2: ['Bác sĩ giải thích chưa rõ ràng.', 'Thời gian khám quá ngắn.'],
    1: ['Đến đúng giờ nhưng phải chờ hơn một tiếng.', 'Không hài lòng với cách tư vấn.'],
  },
  hospital: {
    5: ['Cơ sở sạch sẽ, nhân viên thân thiện.', 'Đặt lịch online rất tiện, không phải xếp hàng.'],
    4: ['Thủ tục nhanh gọn, chỗ gửi xe hơi chật.', 'Phòng chờ thoáng mát, có nước uống miễn phí.'],
    3: ['Khá đông, phải chờ lấy kết quả xét nghiệm.', 'Bình thường, giá hơi cao.'],
    2: ['Nhân viên tiếp đón chưa nhiệt tình.', 'Khó tìm phòng khám, biển chỉ dẫn chưa rõ.'],
    1: ['Quá đông, sắp xếp lộn xộn.', 'Thanh toán mất nhiều thời gian.'],
  },
}

const RESPONSES: Record<ReviewTargetType, readonly string[]> = {
  doctor: [
    'Cảm ơn anh/chị đã tin tưởng. Chúc anh/chị mau khỏe!',
    'Cảm ơn góp ý, tôi sẽ cố gắng dành nhiều thời gian hơn cho mỗi lượt khám.',
  ],
  hospital: [
    'Cảm ơn quý khách đã phản hồi. Chúng tôi sẽ tiếp tục cải thiện chất lượng dịch vụ.',
    'Rất xin lỗi vì trải nghiệm chưa tốt, bộ phận chăm sóc khách hàng sẽ liên hệ lại quý khách.',
  ],
}

/** A patient reviews some completed visits: the doctor, and less often the hospital. */
export function drawReviews(random: Random, visit: Visit): Review[] {
  const { appointment, doctor, now } = visit
  if (appointment.status !== 'completed') return []
  const targets: ReviewTargetType[] = []
  if (random.chance(0.3)) targets.push('doctor')
  if (random.chance(0.1)) targets.push('hospital')
  const reviews: Review[] = []
  for (const targetType of targets) {
    const createdAt = new Date(appointment.endsAt.getTime() + random.between(2 * HOUR, 5 * DAY))
    if (createdAt > now) continue
    const rating = RATINGS.draw(random)
    const isApproved = random.chance(0.88)
    const respondedAt = new Date(createdAt.getTime() + random.between(HOUR, 3 * DAY))
    const responded = isApproved && random.chance(0.25) && respondedAt <= now
    reviews.push({
      id: random.uuid(),
      patientId: appointment.patientId,
      appointmentId: appointment.id,
      targetType,
      doctorId: targetType === 'doctor' ? appointment.doctorId : null,
      hospitalId: targetType === 'hospital' ? appointment.hospitalId : null,
      rating,
      comment: random.chance(0.85) ? random.pick(COMMENTS[targetType][rating] ?? []) : null,
      createdAt,
      updatedAt: responded ? respondedAt : createdAt,
      isApproved,
      responseText: responded ? random.pick(RESPONSES[targetType]) : null,
      respondedById: responded ? (targetType === 'doctor' ? doctor.userId : doctor.hospitalUserId) : null,
      respondedAt: responded ? respondedAt : null,
      status: isApproved ? 'approved' : 'pending',
      moderationReason: null,
      moderatedById: null,
      moderatedAt: isApproved ? createdAt : null,
      helpfulCount: 0,
    })
  }
  return reviews
}

const REJECTION_REASONS = [
  'Nội dung chứa thông tin cá nhân của người khác',
  'Ngôn từ xúc phạm, không phù hợp tiêu chuẩn cộng đồng',
] as const
const REPORT_REASONS = ['Nhận xét không đúng sự thật về buổi khám', 'Ngôn từ thiếu lịch sự'] as const

/**
 * Moderation beyond "approved" and "pending", drawn from its own stream so the visits stay as
 * they were: some unapproved reviews were rejected with a reason, some published ones were
 * reported by the doctor (half of those reports already looked at).
 */
export function moderateReviews(random: Random, reviews: Review[], reporterId: string, now: Date): ReviewReport[] {
  const reports: ReviewReport[] = []
  for (const review of reviews) {
    const decidedAt = new Date(Math.min(now.getTime(), review.createdAt.getTime() + random.between(HOUR, 2 * DAY)))
    if (review.status === 'pending' && random.chance(0.4)) {
      review.status = 'rejected'
      review.moderationReason = random.pick(REJECTION_REASONS)
      review.moderatedAt = decidedAt
      review.updatedAt = decidedAt
    }
    if (review.status !== 'approved') continue
    if (review.rating <= 2 && random.chance(0.3)) {
      const resolved = random.chance(0.5)
      // some reports were upheld: the review was taken down
      if (resolved && random.chance(0.3)) {
        review.status = 'removed'
        review.isApproved = false
        review.moderationReason = 'Nội dung không xác thực, đã gỡ sau khi xem xét báo cáo'
        review.responseText = null
        review.respondedById = null
        review.respondedAt = null
      }
      reports.push({
        id: random.uuid(),
        reviewId: review.id,
        reporterId,
        reason: random.pick(REPORT_REASONS),
        createdAt: decidedAt,
        resolvedAt: resolved ? new Date(Math.min(now.getTime(), decidedAt.getTime() + DAY)) : null,
        resolvedById: null,
      })
    }
  }
  return reports
}
