// What patients tell about themselves in their profile.

export const CHRONIC_CONDITIONS: readonly { condition: string; notes: string }[] = [
  { condition: 'Tăng huyết áp', notes: 'Đang điều trị ổn định, đo huyết áp tại nhà mỗi sáng.' },
  { condition: 'Đái tháo đường type 2', notes: 'Kiểm soát bằng thuốc uống và chế độ ăn.' },
  { condition: 'Hen phế quản', notes: 'Lên cơn khi thay đổi thời tiết.' },
  { condition: 'Viêm dạ dày mạn', notes: 'Đau tái phát khi ăn cay hoặc căng thẳng.' },
  { condition: 'Rối loạn mỡ máu', notes: 'Theo dõi xét nghiệm mỗi 6 tháng.' },
  { condition: 'Thoái hóa cột sống thắt lưng', notes: 'Đau khi ngồi lâu.' },
  { condition: 'Viêm mũi dị ứng', notes: 'Nặng hơn vào mùa xuân.' },
  { condition: 'Suy giáp', notes: 'Dùng hormone thay thế hằng ngày.' },
  { condition: 'Gout', notes: 'Cơn cấp gần nhất cách đây một năm.' },
  { condition: 'Viêm gan B mạn', notes: 'Theo dõi tải lượng virus định kỳ.' },
]

export const ALLERGIES: readonly string[] = [
  'Penicillin',
  'Hải sản',
  'Đậu phộng',
  'Phấn hoa',
  'Bụi nhà',
  'Aspirin',
  'Sữa bò',
  'Lông chó mèo',
  'Sulfamid',
  'Trứng',
]

export const LONG_TERM_MEDICATIONS: readonly { name: string; dosage: string; frequency: string }[] = [
  { name: 'Amlodipin', dosage: '5mg', frequency: '1 lần/ngày' },
  { name: 'Metformin', dosage: '850mg', frequency: '2 lần/ngày' },
  { name: 'Atorvastatin', dosage: '20mg', frequency: '1 lần/ngày buổi tối' },
  { name: 'Levothyroxin', dosage: '50mcg', frequency: '1 lần/ngày lúc đói' },
  { name: 'Salbutamol xịt', dosage: '100mcg', frequency: 'khi cần' },
  { name: 'Omeprazol', dosage: '20mg', frequency: '1 lần/ngày trước ăn sáng' },
  { name: 'Calci D3', dosage: '1 viên', frequency: '1 lần/ngày' },
]

/** How a patient names the person to call in an emergency, by that person's gender. */
export const EMERGENCY_RELATIONSHIPS: Record<'male' | 'female', readonly string[]> = {
  male: ['Chồng', 'Bố', 'Anh trai', 'Em trai', 'Con trai'],
  female: ['Vợ', 'Mẹ', 'Chị gái', 'Em gái', 'Con gái'],
}
