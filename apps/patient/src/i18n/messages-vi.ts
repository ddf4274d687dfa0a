import { accountVi, headerVi } from './vi/account'
import { apiKeysVi } from './vi/api-keys'
import { appointmentsVi } from './vi/appointments'
import { authVi } from './vi/auth'
import { bookingVi } from './vi/booking'
import { conversationsVi } from './vi/conversations'
import { doctorsVi, mainNavVi } from './vi/doctors'
import { familyVi } from './vi/family'
import { favoritesVi } from './vi/favorites'
import { hospitalPageVi } from './vi/hospital-page'
import { medicalVi } from './vi/medical'
import { notificationsVi } from './vi/notifications'
import { paymentsVi } from './vi/payments'
import { recordsVi } from './vi/records'
import { reviewsVi } from './vi/reviews'
import { securityVi } from './vi/security'
import { waitlistVi } from './vi/waitlist'

// Plural keys carry English's "_one" and "_other" forms; Vietnamese has a single form,
// repeated so that both languages share one shape and the compiler checks English is complete.
export const messagesVi = {
  meta: {
    title: 'MedBook · Đặt lịch khám bệnh trực tuyến',
  },
  footer: {
    tagline: 'Nền tảng tìm kiếm cơ sở y tế và đặt lịch khám bệnh tại Việt Nam.',
    copyright: '© {{year}} MedBook',
  },
  hero: {
    eyebrow: 'Đặt lịch khám không cần xếp hàng',
    title: 'Tìm bệnh viện và phòng khám phù hợp với bạn',
    subtitle:
      'Tra cứu theo tên, địa chỉ, thành phố và chuyên khoa. Xem giờ làm việc, đánh giá và số bác sĩ trước khi đến khám.',
  },
  stats: {
    hospitals_one: '{{count}} cơ sở y tế đã xác minh',
    hospitals_other: '{{count}} cơ sở y tế đã xác minh',
    cities_one: 'Có mặt tại {{count}} tỉnh thành',
    cities_other: 'Có mặt tại {{count}} tỉnh thành',
    specialties_one: '{{count}} chuyên khoa',
    specialties_other: '{{count}} chuyên khoa',
  },
  search: {
    label: 'Tên cơ sở y tế hoặc tên đường',
    placeholder: 'Ví dụ: {{examples}}',
    queryTooLong: 'Từ khóa tối đa 100 ký tự.',
    cityLabel: 'Thành phố',
    allCities: 'Tất cả thành phố',
    cityOption: '{{city}} ({{count}})',
    submit: 'Tìm kiếm',
  },
  specialties: {
    title: 'Khám theo chuyên khoa',
    subtitle: 'Chọn một chuyên khoa để xem các cơ sở y tế có khám chuyên khoa đó.',
    doctorCount_one: '{{count}} bác sĩ',
    doctorCount_other: '{{count}} bác sĩ',
    showAll: 'Xem tất cả {{count}} chuyên khoa',
    showFewer: 'Thu gọn',
    emptyTitle: 'Chưa có chuyên khoa nào',
    emptyDescription: 'Danh sách chuyên khoa sẽ xuất hiện ở đây khi các cơ sở y tế cập nhật.',
    errorTitle: 'Không tải được danh sách chuyên khoa',
  },
  hospitals: {
    title: 'Cơ sở y tế',
    showing_one: 'Đang hiển thị {{count}} cơ sở',
    showing_other: 'Đang hiển thị {{count}} cơ sở',
    activeFilters: 'Bộ lọc đang dùng',
    filterQuery: 'Từ khóa: {{query}}',
    filterCity: 'Thành phố: {{city}}',
    filterSpecialty: 'Chuyên khoa: {{specialty}}',
    clearFilters: 'Xóa bộ lọc',
    emptyTitle: 'Không tìm thấy cơ sở y tế phù hợp',
    emptyDescription: 'Hãy thử từ khóa khác, chọn thành phố khác hoặc bỏ bớt bộ lọc.',
    noneYetTitle: 'Chưa có cơ sở y tế nào',
    noneYetDescription: 'Các bệnh viện và phòng khám sẽ xuất hiện ở đây sau khi được xác minh.',
    errorTitle: 'Không tải được danh sách cơ sở y tế',
    type: {
      clinic: 'Phòng khám',
      hospital: 'Bệnh viện',
      specialized_center: 'Trung tâm chuyên khoa',
    },
    ratingLabel_one: 'Đánh giá {{rating}} trên 5 từ {{count}} lượt',
    ratingLabel_other: 'Đánh giá {{rating}} trên 5 từ {{count}} lượt',
    noRating: 'Chưa có đánh giá',
    doctorCount_one: '{{count}} bác sĩ',
    doctorCount_other: '{{count}} bác sĩ',
    todayHours: 'Hôm nay {{open}}–{{close}}',
    closedToday: 'Hôm nay nghỉ',
    openNow: 'Đang mở cửa',
    closedNow: 'Đã đóng cửa',
    moreSpecialties: '+{{count}} chuyên khoa',
    specialtiesLabel: 'Chuyên khoa',
    details: 'Xem chi tiết',
    detailsFor: 'Xem chi tiết {{name}}',
  },
  hospitalDetails: {
    weeklyHours: 'Giờ làm việc',
    day: 'Ngày',
    hours: 'Giờ mở cửa',
    closed: 'Nghỉ',
    today: 'Hôm nay',
    specialties: 'Chuyên khoa',
    facilities: 'Tiện ích',
    noSpecialties: 'Cơ sở chưa cập nhật chuyên khoa.',
    noFacilities: 'Cơ sở chưa cập nhật tiện ích.',
  },
  days: {
    monday: 'Thứ Hai',
    tuesday: 'Thứ Ba',
    wednesday: 'Thứ Tư',
    thursday: 'Thứ Năm',
    friday: 'Thứ Sáu',
    saturday: 'Thứ Bảy',
    sunday: 'Chủ Nhật',
  },
  notFound: {
    title: 'Không tìm thấy trang',
    description: 'Địa chỉ này không tồn tại hoặc đã được chuyển đi.',
    backHome: 'Về trang chủ',
  },
  // the account screens, one file per feature
  header: headerVi,
  auth: authVi,
  account: accountVi,
  medical: medicalVi,
  family: familyVi,
  favorites: favoritesVi,
  security: securityVi,
  apiKeys: apiKeysVi,
  // finding doctors and booking, one file per feature
  mainNav: mainNavVi,
  doctors: doctorsVi,
  booking: bookingVi,
  appointments: appointmentsVi,
  waitlist: waitlistVi,
  notifications: notificationsVi,
  payments: paymentsVi,
  hospitalPage: hospitalPageVi,
  records: recordsVi,
  reviews: reviewsVi,
  conversations: conversationsVi,
}

export type PatientMessages = typeof messagesVi
