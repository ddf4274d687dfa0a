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
    notifications: 'Thông báo',
    apiKeys: 'Khóa API',
    payments: 'Lịch sử thanh toán',
    records: 'Hồ sơ sức khỏe',
  },
  profile: {
    title: 'Hồ sơ cá nhân',
    description: 'Thông tin này giúp cơ sở y tế nhận diện bạn khi đến khám.',
    dateOfBirth: 'Ngày sinh',
    gender: 'Giới tính',
  },
  picture: {
    description: 'Ảnh giúp bác sĩ và nhân viên nhận ra bạn.',
  },
}
