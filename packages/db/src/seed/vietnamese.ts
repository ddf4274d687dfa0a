import type { Gender } from '../generated/prisma/client.js'
import { type Random, scatter, Weighted } from './random.js'

// Vietnamese personal names: họ (family name) + tên đệm (middle name) + tên (given name).
// Family names are weighted by their approximate share of the population.

const FAMILY_NAMES = new Weighted<string>([
  ['Nguyễn', 38],
  ['Trần', 11],
  ['Lê', 9.5],
  ['Phạm', 7],
  ['Hoàng', 4.5],
  ['Huỳnh', 4],
  ['Phan', 4.5],
  ['Vũ', 3.9],
  ['Võ', 3],
  ['Đặng', 2.1],
  ['Bùi', 2],
  ['Đỗ', 1.4],
  ['Hồ', 1.3],
  ['Ngô', 1.3],
  ['Dương', 1],
  ['Lý', 0.5],
  ['Đinh', 0.6],
  ['Trịnh', 0.5],
  ['Đoàn', 0.5],
  ['Lâm', 0.4],
  ['Mai', 0.4],
  ['Trương', 0.4],
  ['Cao', 0.3],
  ['Tô', 0.2],
  ['Hà', 0.3],
  ['Lưu', 0.2],
  ['Tạ', 0.2],
  ['Châu', 0.2],
  ['Quách', 0.1],
  ['Thái', 0.1],
])

const MIDDLE_NAMES: Record<'male' | 'female', readonly string[]> = {
  male: ['Văn', 'Văn', 'Hữu', 'Đức', 'Minh', 'Quốc', 'Thành', 'Công', 'Gia', 'Hoàng', 'Xuân', 'Đình', 'Trọng', 'Quang'],
  female: ['Thị', 'Thị', 'Ngọc', 'Thu', 'Thanh', 'Minh', 'Phương', 'Bảo', 'Hồng', 'Khánh', 'Kim', 'Diệu', 'Hoài'],
}

const GIVEN_NAMES: Record<'male' | 'female', readonly string[]> = {
  male: [
    'An',
    'Bảo',
    'Bình',
    'Cường',
    'Dũng',
    'Duy',
    'Đạt',
    'Đức',
    'Hải',
    'Hiếu',
    'Hoàng',
    'Hùng',
    'Huy',
    'Khang',
    'Khoa',
    'Kiên',
    'Lâm',
    'Long',
    'Minh',
    'Nam',
    'Nghĩa',
    'Nhân',
    'Phong',
    'Phúc',
    'Quân',
    'Quang',
    'Sơn',
    'Tài',
    'Thắng',
    'Thành',
    'Thịnh',
    'Toàn',
    'Trung',
    'Tuấn',
    'Tùng',
    'Việt',
    'Vinh',
    'Vũ',
  ],
  female: [
    'Anh',
    'Chi',
    'Dung',
    'Giang',
    'Hà',
    'Hạnh',
    'Hằng',
    'Hoa',
    'Hương',
    'Huyền',
    'Lan',
    'Linh',
    'Loan',
    'Mai',
    'My',
    'Ngân',
    'Ngọc',
    'Nhung',
    'Oanh',
    'Phương',
    'Quỳnh',
    'Tâm',
    'Thảo',
    'Thủy',
    'Trang',
    'Trinh',
    'Tú',
    'Uyên',
    'Vân',
    'Vy',
    'Yến',
  ],
}

export interface PersonName {
  /** tên đệm + tên: "Văn An" */
  firstName: string
  /** họ: "Nguyễn" */
  lastName: string
  /** tên alone, for greetings and e-mail addresses: "An" */
  givenName: string
  gender: Gender
}

export function drawGender(random: Random): 'male' | 'female' {
  return random.chance(0.5) ? 'male' : 'female'
}

export function drawPersonName(random: Random, gender: 'male' | 'female' = drawGender(random), lastName?: string) {
  const givenName = random.pick(GIVEN_NAMES[gender])
  return {
    firstName: `${random.pick(MIDDLE_NAMES[gender])} ${givenName}`,
    lastName: lastName ?? FAMILY_NAMES.draw(random),
    givenName,
    gender,
  } satisfies PersonName
}

/** "Nguyễn Văn An": Vietnamese order, family name first. */
export function fullName(person: { firstName: string; lastName: string }): string {
  return `${person.lastName} ${person.firstName}`
}

/** "Nguyễn Văn An" → "nguyen-van-an" (diacritics and đ folded for URLs and e-mail addresses). */
export function asciiSlug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/** A unique Vietnamese mobile number in E.164, "+849xxxxxxxx", for each distinct number. */
export function mobilePhone(number: number): string {
  return `+849${String(scatter(number, 8)).padStart(8, '0')}`
}

/** Any plausible mobile number, for contacts who are not users (no uniqueness needed). */
export function randomMobilePhone(random: Random): string {
  return mobilePhone(random.int(0, 99_999_999))
}
