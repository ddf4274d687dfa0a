import { TZDate } from '@date-fns/tz'

// Reading the cells of a Vietnamese bank's CSV export: which column is which, amounts, dates.

export type StatementColumn = 'date' | 'amount' | 'credit' | 'description' | 'reference'

/** Lower case, no diacritics, đ → d, anything but letters and digits collapsed to one space. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
}

// Header names as Vietcombank, Techcombank, BIDV, VietinBank, MB, ACB exports write them, folded.
// "credit" columns hold only money in; an "amount" column may also hold debits (negative).
const HEADER_NAMES: Record<StatementColumn, string[]> = {
  date: [
    'ngay giao dich',
    'ngay gd',
    'ngay',
    'thoi gian giao dich',
    'ngay hach toan',
    'date',
    'transaction date',
    'txn date',
    'posting date',
    'booking date',
  ],
  credit: ['ghi co', 'so tien ghi co', 'phat sinh co', 'so tien vao', 'credit', 'credit amount', 'money in'],
  amount: ['so tien', 'so tien giao dich', 'amount', 'transaction amount'],
  description: [
    'noi dung',
    'noi dung giao dich',
    'noi dung chi tiet',
    'dien giai',
    'mo ta',
    'description',
    'transaction description',
    'details',
    'transaction details',
    'remark',
    'remarks',
  ],
  reference: [
    'so tham chieu',
    'ma tham chieu',
    'so but toan',
    'ma giao dich',
    'so giao dich',
    'reference',
    'reference no',
    'reference number',
    'ref no',
    'transaction id',
    'transaction no',
  ],
}

/** A header cell as the column it names, e.g. "Số tiền (VND)" or "Ngày giao dịch/Transaction Date". */
export function columnOf(header: string): StatementColumn | null {
  // Bilingual headers put both names in one cell, split by "/" or a line break.
  for (const part of header.replace(/\(.*?\)/g, ' ').split(/[/\n]/)) {
    const folded = foldText(part).replace(/ vnd$/, '')
    for (const [column, names] of Object.entries(HEADER_NAMES) as [StatementColumn, string[]][]) {
      if (names.includes(folded)) return column
    }
  }
  return null
}

export type AmountCell = { kind: 'empty' } | { kind: 'amount'; value: number } | { kind: 'invalid' }

/**
 * "160.000", "160,000", "160000", "+160,000 VND", "160.000 ₫", "-50,000", "160,000.00".
 * VND has no minor unit: a separator followed by exactly three digits groups thousands,
 * one or two trailing digits are a (zero) fraction.
 */
export function parseAmount(cell: string): AmountCell {
  const text = cell
    .replace(/vnd|đ|₫/gi, '')
    .replace(/[\s\u00a0]/g, '')
    .trim()
  if (text === '' || text === '-') return { kind: 'empty' }
  const match = /^([+-]?)(\d[\d.,]*?)(?:[.,](\d{1,2}))?$/.exec(text)
  if (!match) return { kind: 'invalid' }
  const [, sign, whole = '', fraction] = match
  if (fraction !== undefined && Number(fraction) !== 0) return { kind: 'invalid' }
  if (!/^\d+$/.test(whole) && !/^\d{1,3}([.,])\d{3}(\1\d{3})*$/.test(whole)) return { kind: 'invalid' }
  const value = Number(whole.replace(/[.,]/g, ''))
  if (!Number.isSafeInteger(value)) return { kind: 'invalid' }
  return { kind: 'amount', value: sign === '-' ? -value : value }
}

/**
 * "03/12/2026", "03/12/2026 14:05:09", "03-12-2026 14:05", "2026-12-03", "2026-12-03T14:05:09":
 * day first unless the year leads, as every Vietnamese bank writes it; read on the given zone's clock.
 */
export function parseBookedAt(cell: string, timeZone: string): Date | null {
  const text = cell.trim()
  const dayFirst = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text)
  const yearFirst = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/.exec(text)
  const parts = dayFirst
    ? [dayFirst[3], dayFirst[2], dayFirst[1], dayFirst[4], dayFirst[5], dayFirst[6]]
    : yearFirst
      ? yearFirst.slice(1, 7)
      : null
  if (!parts) return null
  const [year, month, day, hour, minute, second] = parts.map((part) => Number(part ?? 0)) as number[]
  if (
    !year ||
    !month ||
    !day ||
    month > 12 ||
    day > 31 ||
    (hour ?? 0) > 23 ||
    (minute ?? 0) > 59 ||
    (second ?? 0) > 59
  ) {
    return null
  }
  const local = new TZDate(year, month - 1, day, hour ?? 0, minute ?? 0, second ?? 0, timeZone)
  // 31/02 would roll over into March: refuse it rather than book it on another day.
  if (local.getDate() !== day) return null
  return new Date(local.getTime())
}
