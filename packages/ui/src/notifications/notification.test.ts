import { describe, expect, it } from 'vitest'
import { groupByDay, inLanguage, type NotificationItem } from './notification'

const at = (iso: string): NotificationItem => ({
  id: iso,
  type: 'system',
  title: 't',
  message: 'm',
  relatedTo: null,
  isRead: false,
  createdAt: new Date(iso),
  expiresAt: null,
})

describe('notification days and languages', () => {
  it('groups by Vietnam’s calendar day whatever the device’s zone', () => {
    // 00:30 on 7 Dec in Vietnam is still 6 Dec in UTC
    const now = new Date('2026-12-06T17:30:00Z')
    const days = groupByDay(
      [at('2026-12-06T17:10:00Z'), at('2026-12-06T16:50:00Z'), at('2026-12-05T16:59:00Z'), at('2026-12-01T03:00:00Z')],
      now,
    )
    expect(days.map((day) => [day.key, day.when, day.items.length])).toEqual([
      ['2026-12-07', 'today', 1],
      ['2026-12-06', 'yesterday', 1],
      ['2026-12-05', 'earlier', 1],
      ['2026-12-01', 'earlier', 1],
    ])
  })

  it('shows the half of a bilingual text in the reader’s language, and a one-language text whole', () => {
    expect(inLanguage('Nhắc lịch khám / Appointment reminder', 'vi')).toBe('Nhắc lịch khám')
    expect(inLanguage('Nhắc lịch khám / Appointment reminder', 'en')).toBe('Appointment reminder')
    expect(inLanguage('Hồ sơ của bạn đã sẵn sàng.', 'en')).toBe('Hồ sơ của bạn đã sẵn sàng.')
  })
})
