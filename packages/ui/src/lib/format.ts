const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 })

/** Money is stored as integer VND; shown the Vietnamese way ("350.000 ₫") in both languages. */
export function formatVnd(amount: number): string {
  return vnd.format(amount)
}

export function formatRating(average: number, language: string): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(average)
}

/** "14:05, 03/02/2026" in Vietnamese, "Feb 3, 2026, 2:05 PM" in English. */
/** Where MedBook's own events (sign-ins, settings, applications) are dated: Vietnam, whatever the device says. */
export const PLATFORM_TIME_ZONE = 'Asia/Ho_Chi_Minh'

/**
 * The zone is required: a visit is shown in its hospital's zone, everything else in the platform's,
 * never in the device's (a doctor abroad saw 01:00 for an 08:00 visit).
 */
export function formatDateTime(value: Date, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(value)
}

export function formatDate(value: Date, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone }).format(value)
}

/**
 * "+84912345678" → "0912 345 678" and "+842438693731" → "024 3869 3731", the way Vietnamese
 * numbers are written (Hà Nội and TP. HCM have two-digit area codes, other provinces three);
 * others stay as stored.
 */
export function formatPhone(e164: string): string {
  const local = /^\+84(\d{9,10})$/.exec(e164)?.[1]
  if (!local) return e164
  if (local.length === 9) return `0${local.slice(0, 3)} ${local.slice(3, 6)} ${local.slice(6)}`
  const area = local.slice(0, /^2[48]/.test(local) ? 2 : 3)
  const subscriber = local.slice(area.length)
  return `0${area} ${subscriber.slice(0, -4)} ${subscriber.slice(-4)}`
}
