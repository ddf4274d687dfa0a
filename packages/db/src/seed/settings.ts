import type { SystemSetting } from '../generated/prisma/client.js'
import { REMINDER_OFFSETS_MINUTES } from './notifications.js'
import type { Random } from './random.js'

export const SEEDED_HORIZON_DAYS = 60
/** Vietnam's public holidays of 2026 (Tết, Hùng Kings, 30/4, 1/5, 2/9) and New Year 2027 */
export const SEEDED_PUBLIC_HOLIDAYS = [
  '2026-01-01',
  '2026-02-16',
  '2026-02-17',
  '2026-02-18',
  '2026-02-19',
  '2026-02-20',
  '2026-04-26',
  '2026-04-30',
  '2026-05-01',
  '2026-09-02',
  '2027-01-01',
]

const SETTINGS: ReadonlyArray<{ key: string; value: number | number[] | string[] | boolean; description: string }> = [
  { key: 'booking.horizonDays', value: SEEDED_HORIZON_DAYS, description: 'Số ngày tối đa có thể đặt lịch trước' },
  {
    key: 'booking.minimumNoticeMinutes',
    value: 120,
    description: 'Phải đặt lịch trước giờ khám ít nhất bấy nhiêu phút',
  },
  {
    key: 'booking.cancellationCutoffHours',
    value: 4,
    description: 'Không thể tự hủy lịch trong bấy nhiêu giờ trước giờ khám',
  },
  { key: 'booking.holdMinutes', value: 15, description: 'Thời gian giữ chỗ chờ thanh toán trước khi tự hủy' },
  {
    key: 'reminders.offsetsMinutes',
    value: [...REMINDER_OFFSETS_MINUTES],
    description: 'Gửi nhắc lịch trước giờ khám bấy nhiêu phút',
  },
  { key: 'reviews.requireApproval', value: true, description: 'Đánh giá chỉ hiển thị sau khi quản trị viên duyệt' },
  { key: 'calendar.publicHolidays', value: SEEDED_PUBLIC_HOLIDAYS, description: 'Ngày lễ: không nhận đặt lịch' },
]

export function buildSystemSettings(random: Random, now: Date, adminUserId: string): SystemSetting[] {
  return SETTINGS.map((setting) => ({
    id: random.uuid(),
    key: setting.key,
    value: setting.value,
    description: setting.description,
    updatedById: adminUserId,
    updatedAt: now,
  }))
}
