import type { ServiceCategory } from '../generated/prisma/client.js'

export interface ServiceDefinition {
  name: string
  category: ServiceCategory
  /** integer VND */
  basePrice: number
  description: string
  /** offered by clinics too, not only by hospitals and centres */
  atClinics: boolean
}

export const SERVICES: readonly ServiceDefinition[] = [
  { name: 'Khám tổng quát', category: 'consultation', basePrice: 200_000, description: 'Khám lâm sàng toàn diện với bác sĩ nội khoa.', atClinics: true },
  { name: 'Khám chuyên khoa', category: 'consultation', basePrice: 300_000, description: 'Khám với bác sĩ chuyên khoa theo yêu cầu.', atClinics: true },
  { name: 'Khám chuyên gia', category: 'consultation', basePrice: 500_000, description: 'Khám với bác sĩ Chuyên khoa II, Phó Giáo sư hoặc Giáo sư.', atClinics: false },
  { name: 'Tư vấn trực tuyến', category: 'consultation', basePrice: 250_000, description: 'Tư vấn sức khỏe qua video call, nhận đơn thuốc điện tử.', atClinics: true },
  { name: 'Xét nghiệm công thức máu', category: 'test', basePrice: 90_000, description: 'Tổng phân tích tế bào máu ngoại vi bằng máy đếm laser.', atClinics: true },
  { name: 'Xét nghiệm đường huyết lúc đói', category: 'test', basePrice: 40_000, description: 'Định lượng glucose máu sau 8 giờ nhịn ăn.', atClinics: true },
  { name: 'Xét nghiệm HbA1c', category: 'test', basePrice: 150_000, description: 'Đánh giá đường huyết trung bình trong 3 tháng.', atClinics: true },
  { name: 'Xét nghiệm mỡ máu', category: 'test', basePrice: 160_000, description: 'Cholesterol toàn phần, HDL, LDL, triglycerid.', atClinics: true },
  { name: 'Xét nghiệm chức năng gan', category: 'test', basePrice: 120_000, description: 'AST, ALT, GGT, bilirubin.', atClinics: true },
  { name: 'Xét nghiệm chức năng thận', category: 'test', basePrice: 100_000, description: 'Ure, creatinin, mức lọc cầu thận ước tính.', atClinics: true },
  { name: 'Tổng phân tích nước tiểu', category: 'test', basePrice: 50_000, description: 'Phân tích 10 thông số nước tiểu.', atClinics: true },
  { name: 'Xét nghiệm viêm gan B (HBsAg)', category: 'test', basePrice: 110_000, description: 'Tầm soát nhiễm virus viêm gan B.', atClinics: true },
  { name: 'Điện tâm đồ', category: 'test', basePrice: 80_000, description: 'Ghi điện tim 12 chuyển đạo.', atClinics: true },
  { name: 'Siêu âm ổ bụng tổng quát', category: 'imaging', basePrice: 200_000, description: 'Siêu âm gan, mật, tụy, lách, thận, bàng quang.', atClinics: true },
  { name: 'Siêu âm tim', category: 'imaging', basePrice: 400_000, description: 'Siêu âm Doppler tim màu.', atClinics: false },
  { name: 'Siêu âm tuyến giáp', category: 'imaging', basePrice: 180_000, description: 'Đánh giá kích thước và nhân tuyến giáp.', atClinics: true },
  { name: 'Chụp X-quang ngực thẳng', category: 'imaging', basePrice: 150_000, description: 'X-quang kỹ thuật số phổi và tim.', atClinics: true },
  { name: 'Chụp CT scanner', category: 'imaging', basePrice: 1_500_000, description: 'Chụp cắt lớp vi tính 128 lát cắt.', atClinics: false },
  { name: 'Chụp cộng hưởng từ (MRI)', category: 'imaging', basePrice: 2_500_000, description: 'Chụp MRI 1.5 Tesla.', atClinics: false },
  { name: 'Đo mật độ xương', category: 'imaging', basePrice: 300_000, description: 'Đo loãng xương bằng phương pháp DEXA.', atClinics: false },
  { name: 'Nội soi dạ dày', category: 'procedure', basePrice: 900_000, description: 'Nội soi dạ dày không đau có gây mê.', atClinics: false },
  { name: 'Nội soi đại tràng', category: 'procedure', basePrice: 1_400_000, description: 'Nội soi đại tràng toàn bộ có gây mê.', atClinics: false },
  { name: 'Nhổ răng khôn', category: 'procedure', basePrice: 1_000_000, description: 'Tiểu phẫu nhổ răng khôn mọc lệch.', atClinics: true },
  { name: 'Cạo vôi răng', category: 'procedure', basePrice: 200_000, description: 'Lấy cao răng và đánh bóng.', atClinics: true },
  { name: 'Tiêm vắc xin cúm', category: 'vaccination', basePrice: 350_000, description: 'Vắc xin cúm tứ giá mùa 2026-2027.', atClinics: true },
  { name: 'Tiêm vắc xin viêm gan B', category: 'vaccination', basePrice: 200_000, description: 'Một mũi vắc xin viêm gan B cho người lớn.', atClinics: true },
  { name: 'Tiêm vắc xin HPV', category: 'vaccination', basePrice: 1_800_000, description: 'Vắc xin phòng ung thư cổ tử cung, một mũi.', atClinics: true },
  { name: 'Gói khám sức khỏe cơ bản', category: 'package', basePrice: 1_500_000, description: 'Khám lâm sàng, xét nghiệm máu, nước tiểu, X-quang, siêu âm.', atClinics: true },
  { name: 'Gói khám sức khỏe nâng cao', category: 'package', basePrice: 3_500_000, description: 'Gói cơ bản cùng tầm soát tim mạch, ung thư và nội soi.', atClinics: false },
  { name: 'Gói khám tiền hôn nhân', category: 'package', basePrice: 2_000_000, description: 'Tầm soát sức khỏe sinh sản cho các cặp đôi.', atClinics: false },
  { name: 'Vật lý trị liệu (1 buổi)', category: 'other', basePrice: 250_000, description: 'Điều trị bằng máy và bài tập với kỹ thuật viên.', atClinics: true },
  { name: 'Tư vấn dinh dưỡng', category: 'other', basePrice: 200_000, description: 'Xây dựng chế độ ăn với chuyên gia dinh dưỡng.', atClinics: true },
]
