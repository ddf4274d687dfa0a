export const notificationsVi = {
  title: 'Thông báo',
  description: 'Lịch khám, nhắc lịch, thanh toán, hồ sơ và tin nhắn của bạn.',
  settings: 'Cài đặt thông báo',
}
