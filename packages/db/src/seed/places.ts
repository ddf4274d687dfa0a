import type { Random } from './random.js'

// The cities MedBook starts in, with their centres, a few districts and streets each.

export interface City {
  name: string
  /** short form for names: "Sài Gòn" for TP. Hồ Chí Minh */
  shortName: string
  /** the two-letter code used in licence numbers */
  code: string
  postalCode: string
  /** landline area code, as in "(024) 3869 3731" */
  areaCode: string
  latitude: number
  longitude: number
  /** how far (degrees) addresses spread from the centre */
  spread: number
  /** share of hospitals and patients */
  weight: number
  districts: readonly string[]
  streets: readonly string[]
}

export const CITIES: readonly City[] = [
  {
    name: 'Hà Nội',
    areaCode: '024',
    shortName: 'Hà Nội',
    code: 'HNO',
    postalCode: '10000',
    latitude: 21.0285,
    longitude: 105.8542,
    spread: 0.06,
    weight: 30,
    districts: ['Quận Ba Đình', 'Quận Hoàn Kiếm', 'Quận Đống Đa', 'Quận Hai Bà Trưng', 'Quận Cầu Giấy', 'Quận Thanh Xuân', 'Quận Tây Hồ', 'Quận Hoàng Mai'],
    streets: [
      'Giải Phóng',
      'Trần Duy Hưng',
      'Láng Hạ',
      'Kim Mã',
      'Nguyễn Chí Thanh',
      'Xã Đàn',
      'Phạm Văn Đồng',
      'Tôn Đức Thắng',
      'Trường Chinh',
      'Bạch Mai',
      'Hoàng Quốc Việt',
      'Lê Duẩn',
      'Trần Hưng Đạo',
      'Nguyễn Trãi',
      'Tây Sơn',
    ],
  },
  {
    name: 'TP. Hồ Chí Minh',
    areaCode: '028',
    shortName: 'Sài Gòn',
    code: 'HCM',
    postalCode: '70000',
    latitude: 10.7769,
    longitude: 106.7009,
    spread: 0.07,
    weight: 32,
    districts: ['Quận 1', 'Quận 3', 'Quận 5', 'Quận 7', 'Quận 10', 'Quận Bình Thạnh', 'Quận Phú Nhuận', 'Quận Tân Bình', 'Quận Gò Vấp'],
    streets: [
      'Nguyễn Thị Minh Khai',
      'Điện Biên Phủ',
      'Cách Mạng Tháng Tám',
      'Lý Thường Kiệt',
      'Nguyễn Văn Cừ',
      'Võ Văn Tần',
      'Hai Bà Trưng',
      'Nguyễn Đình Chiểu',
      'Trần Hưng Đạo',
      'Phan Xích Long',
      'Nguyễn Văn Linh',
      'Cộng Hòa',
      'Hoàng Văn Thụ',
      'Xô Viết Nghệ Tĩnh',
      'Lê Văn Sỹ',
    ],
  },
  {
    name: 'Đà Nẵng',
    areaCode: '0236',
    shortName: 'Đà Nẵng',
    code: 'DNA',
    postalCode: '50000',
    latitude: 16.0544,
    longitude: 108.2022,
    spread: 0.035,
    weight: 9,
    districts: ['Quận Hải Châu', 'Quận Thanh Khê', 'Quận Sơn Trà', 'Quận Ngũ Hành Sơn', 'Quận Liên Chiểu', 'Quận Cẩm Lệ'],
    streets: [
      'Nguyễn Văn Linh',
      'Lê Duẩn',
      'Hùng Vương',
      'Phan Châu Trinh',
      'Nguyễn Hữu Thọ',
      'Điện Biên Phủ',
      'Võ Nguyên Giáp',
      'Ngô Quyền',
      'Nguyễn Tri Phương',
      'Hải Phòng',
    ],
  },
  {
    name: 'Hải Phòng',
    areaCode: '0225',
    shortName: 'Hải Phòng',
    code: 'HPG',
    postalCode: '04000',
    latitude: 20.8449,
    longitude: 106.6881,
    spread: 0.03,
    weight: 8,
    districts: ['Quận Hồng Bàng', 'Quận Lê Chân', 'Quận Ngô Quyền', 'Quận Hải An', 'Quận Kiến An'],
    streets: [
      'Lạch Tray',
      'Tô Hiệu',
      'Nguyễn Đức Cảnh',
      'Lê Lợi',
      'Điện Biên Phủ',
      'Trần Nguyên Hãn',
      'Văn Cao',
      'Lê Thánh Tông',
    ],
  },
  {
    name: 'Cần Thơ',
    areaCode: '0292',
    shortName: 'Cần Thơ',
    code: 'CTO',
    postalCode: '94000',
    latitude: 10.0452,
    longitude: 105.7469,
    spread: 0.03,
    weight: 7,
    districts: ['Quận Ninh Kiều', 'Quận Bình Thủy', 'Quận Cái Răng', 'Quận Ô Môn'],
    streets: ['30 Tháng 4', 'Trần Hưng Đạo', 'Nguyễn Văn Cừ', 'Mậu Thân', 'Hòa Bình', '3 Tháng 2', 'Nguyễn Trãi', 'Trần Phú'],
  },
  {
    name: 'Huế',
    areaCode: '0234',
    shortName: 'Huế',
    code: 'HUE',
    postalCode: '49000',
    latitude: 16.4637,
    longitude: 107.5909,
    spread: 0.025,
    weight: 6,
    districts: ['Quận Thuận Hóa', 'Quận Phú Xuân'],
    streets: ['Lê Lợi', 'Hùng Vương', 'Ngô Quyền', 'Trần Hưng Đạo', 'Bà Triệu', 'Nguyễn Huệ', 'Lý Thường Kiệt', 'Điện Biên Phủ'],
  },
  {
    name: 'Nha Trang',
    areaCode: '0258',
    shortName: 'Nha Trang',
    code: 'KHA',
    postalCode: '57000',
    latitude: 12.2388,
    longitude: 109.1967,
    spread: 0.025,
    weight: 8,
    districts: ['Phường Lộc Thọ', 'Phường Tân Lập', 'Phường Phước Hòa', 'Phường Vĩnh Hải', 'Phường Phước Long'],
    streets: ['Trần Phú', 'Thái Nguyên', 'Yersin', 'Lê Thánh Tôn', '23 Tháng 10', 'Nguyễn Thị Minh Khai', 'Pasteur', '2 Tháng 4'],
  },
]

export interface StreetAddress {
  /** house number and street: "78 Giải Phóng" */
  street: string
  /** "Quận Đống Đa", or a ward ("Phường Lộc Thọ") where the city has no districts */
  district: string
  city: City
}

export function drawStreetAddress(random: Random, city: City): StreetAddress {
  const house = random.chance(0.2) ? `${random.int(1, 300)}/${random.int(1, 40)}` : String(random.int(1, 450))
  return { street: `${house} ${random.pick(city.streets)}`, district: random.pick(city.districts), city }
}

/** A point within the city's spread of its centre, to six decimals (about 10 cm). */
export function drawCoordinates(random: Random, city: City): { latitude: number; longitude: number } {
  const round = (value: number) => Math.round(value * 1e6) / 1e6
  return {
    latitude: round(city.latitude + random.between(-city.spread, city.spread)),
    longitude: round(city.longitude + random.between(-city.spread, city.spread)),
  }
}

/**
 * Splits `total` over the cities by weight, every city getting at least `minimum` when there
 * is room (largest remainders, so the parts add up exactly).
 */
export function allocateByCity(total: number, minimum: number): number[] {
  const floor = Math.min(minimum, Math.floor(total / CITIES.length))
  const rest = total - floor * CITIES.length
  const weightSum = CITIES.reduce((sum, city) => sum + city.weight, 0)
  const exact = CITIES.map((city) => (rest * city.weight) / weightSum)
  const parts = exact.map((share) => Math.floor(share))
  let missing = rest - parts.reduce((sum, part) => sum + part, 0)
  const byRemainder = exact.map((share, index) => [share - Math.floor(share), index] as const).sort((a, b) => b[0] - a[0])
  for (const [, index] of byRemainder) {
    if (missing-- <= 0) break
    parts[index] = (parts[index] ?? 0) + 1
  }
  return parts.map((part) => part + floor)
}
