export const headerVi = {
  logIn: 'Đăng nhập',
  signUp: 'Đăng ký',
  logOut: 'Đăng xuất',
  accountMenu: 'Tài khoản',
}

export const accountVi = {
  nav: {
    label: 'Tài khoản của tôi',
    profile: 'Hồ sơ cá nhân',
    medical: 'Sức khỏe',
    family: 'Người thân',
    favorites: 'Bác sĩ yêu thích',
    security: 'Bảo mật',
    apiKeys: 'Khóa API',
  },
  gender: {
    notStated: 'Không nêu',
    male: 'Nam',
    female: 'Nữ',
    other: 'Khác',
  },
  profile: {
    title: 'Hồ sơ cá nhân',
    description: 'Thông tin này giúp cơ sở y tế nhận diện bạn khi đến khám.',
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
  picture: {
    description: 'Ảnh giúp bác sĩ và nhân viên nhận ra bạn.',
  },
}
