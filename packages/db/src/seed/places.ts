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
  /** districts (or, where the city has none, wards) and some of their streets */
  districts: Readonly<Record<string, readonly string[]>>
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
    districts: {
      'Quận Ba Đình': ['Kim Mã', 'Liễu Giai', 'Đội Cấn', 'Nguyễn Thái Học'],
      'Quận Hoàn Kiếm': ['Tràng Thi', 'Hàng Bài', 'Lý Thường Kiệt', 'Phủ Doãn'],
      'Quận Đống Đa': ['Giải Phóng', 'Xã Đàn', 'Tây Sơn', 'Tôn Đức Thắng', 'Láng Hạ'],
      'Quận Hai Bà Trưng': ['Bạch Mai', 'Minh Khai', 'Đại Cồ Việt', 'Trần Khát Chân'],
      'Quận Cầu Giấy': ['Trần Duy Hưng', 'Cầu Giấy', 'Xuân Thủy', 'Hoàng Quốc Việt', 'Nguyễn Khánh Toàn'],
      'Quận Thanh Xuân': ['Nguyễn Trãi', 'Trường Chinh', 'Khuất Duy Tiến', 'Lê Văn Lương'],
      'Quận Tây Hồ': ['Lạc Long Quân', 'Âu Cơ', 'Xuân Diệu'],
      'Quận Hoàng Mai': ['Giải Phóng', 'Tam Trinh', 'Lĩnh Nam'],
      'Quận Bắc Từ Liêm': ['Phạm Văn Đồng', 'Cổ Nhuế'],
    },
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
    districts: {
      'Quận 1': ['Nguyễn Thị Minh Khai', 'Hai Bà Trưng', 'Lê Lợi', 'Nguyễn Du', 'Trần Hưng Đạo'],
      'Quận 3': ['Võ Văn Tần', 'Điện Biên Phủ', 'Cách Mạng Tháng Tám', 'Nguyễn Đình Chiểu', 'Lê Văn Sỹ'],
      'Quận 5': ['Trần Hưng Đạo', 'Nguyễn Trãi', 'An Dương Vương', 'Hồng Bàng'],
      'Quận 7': ['Nguyễn Văn Linh', 'Nguyễn Thị Thập', 'Huỳnh Tấn Phát'],
      'Quận 10': ['Lý Thường Kiệt', '3 Tháng 2', 'Sư Vạn Hạnh', 'Thành Thái'],
      'Quận Bình Thạnh': ['Xô Viết Nghệ Tĩnh', 'Điện Biên Phủ', 'Phan Đăng Lưu', 'Nơ Trang Long'],
      'Quận Phú Nhuận': ['Phan Xích Long', 'Hoàng Văn Thụ', 'Phan Đình Phùng', 'Nguyễn Văn Trỗi'],
      'Quận Tân Bình': ['Cộng Hòa', 'Hoàng Văn Thụ', 'Trường Chinh', 'Lạc Long Quân'],
      'Quận Gò Vấp': ['Quang Trung', 'Nguyễn Oanh', 'Phan Văn Trị'],
    },
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
    districts: {
      'Quận Hải Châu': ['Lê Duẩn', 'Hùng Vương', 'Phan Châu Trinh', 'Nguyễn Văn Linh', 'Hải Phòng'],
      'Quận Thanh Khê': ['Điện Biên Phủ', 'Hà Huy Tập', 'Lê Độ'],
      'Quận Sơn Trà': ['Ngô Quyền', 'Võ Nguyên Giáp', 'Phạm Văn Đồng'],
      'Quận Ngũ Hành Sơn': ['Lê Văn Hiến', 'Ngũ Hành Sơn'],
      'Quận Liên Chiểu': ['Tôn Đức Thắng', 'Nguyễn Lương Bằng'],
      'Quận Cẩm Lệ': ['Cách Mạng Tháng Tám', 'Ông Ích Đường'],
    },
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
    districts: {
      'Quận Hồng Bàng': ['Điện Biên Phủ', 'Hoàng Văn Thụ', 'Minh Khai'],
      'Quận Lê Chân': ['Tô Hiệu', 'Nguyễn Đức Cảnh', 'Hai Bà Trưng'],
      'Quận Ngô Quyền': ['Lạch Tray', 'Văn Cao', 'Lê Lợi', 'Lê Thánh Tông'],
      'Quận Hải An': ['Lê Hồng Phong', 'Ngô Gia Tự'],
      'Quận Kiến An': ['Trần Thành Ngọ', 'Trần Nhân Tông'],
    },
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
    districts: {
      'Quận Ninh Kiều': ['30 Tháng 4', 'Trần Hưng Đạo', 'Hòa Bình', 'Mậu Thân', '3 Tháng 2', 'Nguyễn Văn Cừ'],
      'Quận Bình Thủy': ['Cách Mạng Tháng Tám', 'Lê Hồng Phong'],
      'Quận Cái Răng': ['Võ Nguyên Giáp', 'Quang Trung'],
    },
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
    districts: {
      'Quận Thuận Hóa': ['Lê Lợi', 'Hùng Vương', 'Bà Triệu', 'Ngô Quyền', 'Điện Biên Phủ'],
      'Quận Phú Xuân': ['Trần Hưng Đạo', 'Lê Duẩn', 'Đinh Tiên Hoàng', 'Nguyễn Trãi'],
    },
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
    districts: {
      'Phường Lộc Thọ': ['Trần Phú', 'Hùng Vương', 'Biệt Thự'],
      'Phường Tân Lập': ['Thái Nguyên', 'Lê Thánh Tôn'],
      'Phường Phước Hòa': ['Nguyễn Thị Minh Khai', 'Lê Hồng Phong'],
      'Phường Vĩnh Hải': ['2 Tháng 4', 'Điện Biên Phủ'],
      'Phường Xương Huân': ['Yersin', 'Pasteur', 'Trần Phú'],
    },
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
  const district = random.pick(Object.keys(city.districts))
  return { street: `${house} ${random.pick(city.districts[district] ?? [])}`, district, city }
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
  const byRemainder = exact
    .map((share, index) => [share - Math.floor(share), index] as const)
    .sort((a, b) => b[0] - a[0])
  for (const [, index] of byRemainder) {
    if (missing-- <= 0) break
    parts[index] = (parts[index] ?? 0) + 1
  }
  return parts.map((part) => part + floor)
}
