export const accountVi = {
  profile: {
    title: 'Hồ sơ của tôi',
    description: 'Thông tin cá nhân và mật khẩu của tài khoản.',
  },
  pending: {
    title: 'Tài khoản bác sĩ đang chờ phê duyệt',
    description:
      'Chào mừng bạn đến với MedBook! Quản trị viên sẽ xác minh chứng chỉ hành nghề của bạn. Sau khi được duyệt, hồ sơ của bạn sẽ hiển thị với bệnh nhân và bạn có thể nhận lịch khám.',
  },
  hospitalPending: {
    title: 'Cơ sở y tế đang chờ xác minh',
    description:
      'Cảm ơn bạn đã đăng ký! Quản trị viên MedBook sẽ kiểm tra số đăng ký kinh doanh và thông tin cơ sở. Trong thời gian chờ, bạn có thể hoàn thiện hồ sơ và mời bác sĩ; bệnh nhân sẽ thấy cơ sở sau khi được xác minh.',
  },
  hospitalInactive: {
    title: 'Cơ sở y tế chưa được duyệt',
    description:
      'Cơ sở y tế của bạn đang ngừng hiển thị với bệnh nhân. Vui lòng liên hệ quản trị viên MedBook để biết thêm chi tiết.',
  },
  picture: {
    description: 'Ảnh hiển thị ở đầu trang cổng quản trị và, với bác sĩ, trên hồ sơ mà bệnh nhân xem.',
  },
}
