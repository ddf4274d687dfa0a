export const headerVi = {
  logIn: 'Đăng nhập',
  logOut: 'Đăng xuất',
  accountMenu: 'Tài khoản',
}

export const rolesVi = {
  patient: 'Bệnh nhân',
  doctor: 'Bác sĩ',
  hospital: 'Nhân viên cơ sở y tế',
  admin: 'Quản trị viên',
}

export const authVi = {
  fields: {
    email: 'Email công việc',
    password: 'Mật khẩu',
    passwordHint: 'Ít nhất 8 ký tự. Tránh các mật khẩu dễ đoán như 12345678.',
    confirmPassword: 'Nhập lại mật khẩu mới',
    lastName: 'Họ',
    firstName: 'Tên',
  },
  login: {
    title: 'Đăng nhập Cổng quản trị',
    description: 'Dành cho bác sĩ, nhân viên cơ sở y tế và quản trị viên MedBook.',
    sessionEndedTitle: 'Phiên đăng nhập đã kết thúc',
    sessionEnded: 'Vì lý do bảo mật, bạn cần đăng nhập lại để tiếp tục.',
    passwordReset: 'Mật khẩu đã được đặt lại. Hãy đăng nhập bằng mật khẩu mới.',
    newHospital: 'Cơ sở y tế chưa có trên MedBook?',
    registerHospital: 'Đăng ký cơ sở',
  },
  forgot: {
    title: 'Quên mật khẩu',
    description: 'Nhập email bạn dùng để đăng nhập. Chúng tôi sẽ gửi liên kết để đặt mật khẩu mới.',
    backToLogin: 'Quay lại đăng nhập',
  },
  reset: {
    title: 'Đặt mật khẩu mới',
    description: 'Chọn mật khẩu mới cho tài khoản. Mọi thiết bị đang đăng nhập sẽ được đăng xuất.',
  },
  errors: {
    unverified: 'Tài khoản chưa được xác minh. Hãy nhập mã xác minh đã gửi đến email của bạn.',
  },
  patient: {
    title: 'Cổng quản trị dành cho cơ sở y tế',
    description:
      '{{name}}, bạn đang đăng nhập bằng tài khoản bệnh nhân. Hãy dùng MedBook dành cho bệnh nhân để đặt lịch và quản lý hồ sơ.',
    openApp: 'Mở MedBook cho bệnh nhân',
    logOut: 'Đăng xuất để dùng tài khoản khác',
  },
  noAccess: {
    title: 'Bạn không có quyền xem trang này',
    description: 'Trang này dành cho vai trò khác. Nếu bạn cần quyền truy cập, hãy liên hệ quản trị viên.',
    home: 'Về trang của tôi',
  },
}

export const invitationVi = {
  title: 'Tham gia MedBook với tư cách bác sĩ',
  description: 'Tạo tài khoản để nhận lịch khám từ bệnh nhân qua MedBook.',
  hospital: 'Cơ sở y tế',
  email: 'Email được mời',
  expires: 'Lời mời hết hạn',
  invalidTitle: 'Lời mời không còn hiệu lực',
  invalid: 'Lời mời không hợp lệ, đã được dùng hoặc đã hết hạn. Hãy đề nghị cơ sở y tế gửi lời mời mới.',
  submit: 'Tạo tài khoản bác sĩ',
  fields: {
    licenseNumber: 'Số chứng chỉ hành nghề',
    licenseHint: 'Quản trị viên MedBook sẽ xác minh số này trước khi bạn nhận lịch khám.',
    phone: 'Số điện thoại',
    phoneHint: 'Không bắt buộc.',
  },
  errors: {
    licenseTaken: 'Số chứng chỉ hành nghề này đã được đăng ký.',
    phoneTaken: 'Số điện thoại này đã có tài khoản MedBook.',
  },
}
