const vnd = new Intl.NumberFormat('vi-VN', { style: 'currency', currency: 'VND', maximumFractionDigits: 0 })

/** Money is stored as integer VND; shown the Vietnamese way ("350.000 ₫") in both languages. */
export function formatVnd(amount: number): string {
  return vnd.format(amount)
}

export function formatRating(average: number, language: string): string {
  return new Intl.NumberFormat(language, { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(average)
}
