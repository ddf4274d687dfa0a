export const registerHospitalVi = {
  title: 'Đăng ký cơ sở y tế',
  description:
    'Đưa bệnh viện hoặc phòng khám của bạn lên MedBook. Quản trị viên sẽ xác minh trước khi bệnh nhân nhìn thấy cơ sở.',
  hospitalSection: 'Thông tin cơ sở',
  hospitalSectionHint: 'Như trên giấy phép hoạt động của cơ sở.',
  accountSection: 'Tài khoản quản lý',
  accountSectionHint: 'Người quản lý cơ sở trên MedBook. Bạn sẽ dùng email này để đăng nhập Cổng quản trị.',
  fields: {
    hospitalName: 'Tên cơ sở',
    hospitalType: 'Loại cơ sở',
    registrationNumber: 'Số giấy phép hoạt động',
    registrationHint: 'Quản trị viên MedBook sẽ đối chiếu số này.',
    street: 'Địa chỉ',
    city: 'Tỉnh / thành phố',
    phoneNumber: 'Số điện thoại của cơ sở',
    phoneHint: 'Bệnh nhân sẽ gọi số này. Ví dụ: 024 3869 3731.',
    latitude: 'Vĩ độ',
    longitude: 'Kinh độ',
    locationHint:
      'Tọa độ giúp bệnh nhân tìm cơ sở gần họ. Đứng tại cơ sở và bấm nút bên dưới, hoặc sao chép từ bản đồ trực tuyến.',
  },
  useMyLocation: 'Dùng vị trí hiện tại',
  locationFailed: 'Không lấy được vị trí. Hãy cho phép truy cập vị trí hoặc nhập tọa độ thủ công.',
  submit: 'Đăng ký cơ sở',
  haveAccount: 'Đã có tài khoản?',
  logIn: 'Đăng nhập',
  errors: {
    registrationTaken: 'Số giấy phép này đã được đăng ký trên MedBook.',
    contactTaken: 'Email hoặc số điện thoại này không dùng được. Hãy đăng nhập hoặc dùng địa chỉ khác.',
  },
  verify: {
    title: 'Xác minh email',
    sentTo: 'Chúng tôi đã gửi mã gồm 6 chữ số đến {{sentTo}}. Nhập mã để hoàn tất đăng ký.',
    descriptionUnknown: 'Nhập mã gồm 6 chữ số chúng tôi đã gửi đến email đăng ký.',
    wrongAddress: 'Nhập sai email?',
    registerAgain: 'Đăng ký lại',
  },
}
