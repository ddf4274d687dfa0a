export const notificationsVi = {
  title: 'Thông báo',
  description: 'Tin nhắn, kết quả xác minh và thông báo hệ thống của bạn.',
  settings: 'Cài đặt thông báo',
  deliveryFailed: 'Chưa báo được cho bệnh nhân',
  deliveryFailedDetail: 'Không gửi được: {{types}}. Hãy gọi cho bệnh nhân để báo.',
}
