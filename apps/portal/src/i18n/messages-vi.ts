import { accountVi } from './vi/account'
import { activityVi } from './vi/activity'
import { apiKeysVi } from './vi/api-keys'
import { authVi, headerVi, invitationVi, rolesVi } from './vi/auth'
import { availabilityVi } from './vi/availability'
import { catalogueVi } from './vi/catalogue'
import { conversationsVi } from './vi/conversations'
import { dashboardsVi } from './vi/dashboards'
import { doctorProfileVi } from './vi/doctor-profile'
import { hospitalServicesVi } from './vi/hospital-services'
import { invitationsVi } from './vi/invitations'
import { chartVi, recordsVi } from './vi/medical-records'
import { myHospitalVi } from './vi/my-hospital'
import { myPatientsVi } from './vi/my-patients'
import { notificationsVi } from './vi/notifications'
import { paymentsVi } from './vi/payments'
import { promotionsVi } from './vi/promotions'
import { registerHospitalVi } from './vi/register-hospital'
import { moderationVi, reviewsVi } from './vi/reviews'
import { rosterVi } from './vi/roster'
import { scheduleVi } from './vi/schedule'
import { schemaFormVi, settingsVi } from './vi/settings'
import { usersVi } from './vi/users'
import { verificationVi } from './vi/verification'
import { verificationDocumentsVi } from './vi/verification-documents'

// Plural keys carry English's "_one" and "_other" forms; Vietnamese has a single form,
// repeated so that both languages share one shape and the compiler checks English is complete.
export const messagesVi = {
  meta: {
    title: 'MedBook · Cổng quản trị',
  },
  brand: {
    // the badge beside the logo names the signed-in role (short: it shares the sidebar's width)
    product: 'Cổng đối tác',
    role: { patient: 'Bệnh nhân', doctor: 'Bác sĩ', hospital: 'Cơ sở y tế', admin: 'Quản trị' },
  },
  nav: {
    label: 'Điều hướng chính',
    openMenu: 'Mở menu',
    menuTitle: 'Menu',
    hospitals: 'Cơ sở y tế',
    specialties: 'Chuyên khoa',
    invitations: 'Mời bác sĩ',
    users: 'Người dùng',
    activity: 'Nhật ký hoạt động',
    profile: 'Hồ sơ của tôi',
    schedule: 'Lịch khám',
    availability: 'Lịch làm việc',
    dashboard: 'Tổng quan',
    adminDashboard: 'Tổng quan',
    doctorProfile: 'Hồ sơ chuyên môn',
    myPatients: 'Bệnh nhân của tôi',
    hospitalProfile: 'Hồ sơ cơ sở',
    services: 'Dịch vụ và bảng giá',
    doctors: 'Bác sĩ',
    verification: 'Duyệt hồ sơ',
    catalogue: 'Danh mục',
    promotions: 'Khuyến mãi',
    payments: 'Thanh toán',
    settings: 'Cấu hình hệ thống',
    verificationDocuments: 'Giấy tờ xác minh',
    reviews: 'Đánh giá',
    reviewModeration: 'Duyệt đánh giá',
    notificationSettings: 'Cài đặt thông báo',
    apiKeys: 'Khóa API',
    messages: 'Tin nhắn',
    messagesUnread: '{{count}} tin chưa đọc',
  },
  hospitals: {
    title: 'Cơ sở y tế',
    description: 'Bệnh viện, phòng khám và trung tâm chuyên khoa đã xác minh và đang hoạt động.',
    searchLabel: 'Tìm theo tên hoặc đường',
    searchPlaceholder: 'Tên cơ sở hoặc tên đường',
    cityLabel: 'Thành phố',
    allCities: 'Tất cả thành phố',
    typeLabel: 'Loại cơ sở',
    allTypes: 'Tất cả loại',
    clearFilters: 'Xóa bộ lọc',
    type: {
      clinic: 'Phòng khám',
      hospital: 'Bệnh viện',
      specialized_center: 'Trung tâm chuyên khoa',
    },
    table: {
      caption: 'Danh sách cơ sở y tế',
      name: 'Tên cơ sở',
      type: 'Loại',
      city: 'Thành phố',
      specialties: 'Chuyên khoa',
      doctors: 'Bác sĩ',
      rating: 'Đánh giá',
    },
    noRating: 'Chưa có',
    ratingValue: '{{rating}} ({{count}})',
    ratingLabel_one: '{{rating}} trên 5, {{count}} lượt đánh giá',
    ratingLabel_other: '{{rating}} trên 5, {{count}} lượt đánh giá',
    specialtyCount_one: '{{count}} chuyên khoa',
    specialtyCount_other: '{{count}} chuyên khoa',
    rows: 'Dòng {{from}}–{{to}}',
    emptyTitle: 'Không có cơ sở y tế phù hợp',
    emptyDescription: 'Thử từ khóa khác hoặc bỏ bớt bộ lọc.',
    noneYetTitle: 'Chưa có cơ sở y tế nào',
    noneYetDescription: 'Cơ sở y tế xuất hiện ở đây sau khi được xác minh.',
    errorTitle: 'Không tải được danh sách cơ sở y tế',
  },
  specialties: {
    title: 'Chuyên khoa',
    description: 'Danh mục chuyên khoa dùng chung cho bác sĩ và cơ sở y tế.',
    searchLabel: 'Lọc chuyên khoa',
    searchPlaceholder: 'Tên tiếng Việt, tiếng Anh hoặc mã',
    count_one: '{{count}} chuyên khoa',
    count_other: '{{count}} chuyên khoa',
    table: {
      caption: 'Danh mục chuyên khoa',
      name: 'Tên tiếng Việt',
      nameEn: 'Tên tiếng Anh',
      slug: 'Mã',
      doctors: 'Bác sĩ',
      description: 'Mô tả',
    },
    noDescription: 'Chưa có mô tả',
    emptyTitle: 'Không có chuyên khoa phù hợp',
    emptyDescription: 'Thử từ khóa khác.',
    noneYetTitle: 'Chưa có chuyên khoa nào',
    noneYetDescription: 'Danh mục chuyên khoa đang trống.',
    errorTitle: 'Không tải được danh mục chuyên khoa',
  },
  notFound: {
    title: 'Không tìm thấy trang',
    description: 'Địa chỉ này không tồn tại trong cổng quản trị.',
    backHome: 'Về danh sách cơ sở y tế',
  },
  // accounts and access, one file per feature
  header: headerVi,
  roles: rolesVi,
  auth: authVi,
  invitation: invitationVi,
  account: accountVi,
  invitations: invitationsVi,
  users: usersVi,
  activity: activityVi,
  schedule: scheduleVi,
  availability: availabilityVi,
  dashboards: dashboardsVi,
  doctorProfile: doctorProfileVi,
  myPatients: myPatientsVi,
  records: recordsVi,
  chart: chartVi,
  reviews: reviewsVi,
  moderation: moderationVi,
  myHospital: myHospitalVi,
  hospitalServices: hospitalServicesVi,
  roster: rosterVi,
  registerHospital: registerHospitalVi,
  settings: settingsVi,
  schemaForm: schemaFormVi,
  catalogue: catalogueVi,
  promotions: promotionsVi,
  payments: paymentsVi,
  verification: verificationVi,
  verificationDocuments: verificationDocumentsVi,
  apiKeys: apiKeysVi,
  conversations: conversationsVi,
  notifications: notificationsVi,
}

export type PortalMessages = typeof messagesVi
