import type { TSpecialty } from '@medbook/contracts'

/** Case- and accent-insensitive, so "tim mach" finds "Tim mạch". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
}

export function filterSpecialties(specialties: readonly TSpecialty[], text: string): TSpecialty[] {
  const needle = fold(text.trim())
  if (!needle) return [...specialties]
  return specialties.filter((entry) =>
    [entry.name, entry.nameEn, entry.slug].some((value) => fold(value).includes(needle)),
  )
}
