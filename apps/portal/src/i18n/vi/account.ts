export const accountVi = {
  gender: {
    notStated: 'Không nêu',
    male: 'Nam',
    female: 'Nữ',
    other: 'Khác',
  },
  profile: {
    title: 'Hồ sơ của tôi',
    description: 'Thông tin cá nhân và mật khẩu của tài khoản.',
    detailsTitle: 'Thông tin cá nhân',
    detailsDescription: 'Họ tên, ngày sinh và địa chỉ của bạn.',
    email: 'Email',
    phone: 'Số điện thoại',
    none: 'Chưa có',
    dateOfBirth: 'Ngày sinh',
    gender: 'Giới tính',
    street: 'Địa chỉ',
    city: 'Tỉnh / thành phố',
    save: 'Lưu thay đổi',
    saved: 'Đã lưu hồ sơ.',
  },
  pending: {
    title: 'Tài khoản bác sĩ đang chờ phê duyệt',
    description:
      'Chào mừng bạn đến với MedBook! Quản trị viên sẽ xác minh chứng chỉ hành nghề của bạn. Sau khi được duyệt, hồ sơ của bạn sẽ hiển thị với bệnh nhân và bạn có thể nhận lịch khám.',
  },
}

export const securityVi = {
  password: {
    title: 'Đổi mật khẩu',
    description: 'Sau khi đổi, các thiết bị khác sẽ được đăng xuất.',
    current: 'Mật khẩu hiện tại',
    submit: 'Đổi mật khẩu',
    wrongCurrent: 'Mật khẩu hiện tại không đúng.',
    changed: 'Đã đổi mật khẩu.',
    changedDescription: 'Các thiết bị khác đã được đăng xuất.',
  },
}
