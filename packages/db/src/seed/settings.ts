import type { SystemSetting } from '../generated/prisma/client.js'
import { REMINDER_OFFSETS_MINUTES } from './notifications.js'
import type { Random } from './random.js'

const SETTINGS: ReadonlyArray<{ key: string; value: number | number[] | boolean; description: string }> = [
  { key: 'booking.horizonDays', value: 60, description: 'Số ngày tối đa có thể đặt lịch trước' },
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
