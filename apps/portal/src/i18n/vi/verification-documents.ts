export const verificationDocumentsVi = {
  title: 'Giấy tờ xác minh',
  descriptionDoctor:
    'Tải lên chứng chỉ hành nghề, bằng cấp và giấy tờ liên quan. Chỉ quản trị viên MedBook và bạn xem được các tệp này.',
  descriptionHospital:
    'Tải lên giấy phép hoạt động, giấy đăng ký kinh doanh và giấy tờ liên quan của cơ sở. Chỉ quản trị viên MedBook và nhân viên cơ sở xem được các tệp này.',
  status: {
    title: 'Trạng thái xác minh',
    pending: 'Đang chờ duyệt',
    pendingDescription:
      'Quản trị viên sẽ xem giấy tờ và gửi kết quả qua email. Bạn có thể thêm hoặc xóa giấy tờ trong lúc chờ.',
    approved: 'Đã được duyệt',
    approvedDescription: 'Hồ sơ đã được xác minh. Giấy tờ được giữ lại để đối chiếu và không thể xóa.',
    rejected: 'Chưa được duyệt',
    rejectedDescription: 'Lý do đã được gửi qua email. Liên hệ MedBook nếu bạn cần bổ sung hồ sơ.',
  },
  upload: {
    title: 'Tải lên giấy tờ',
    label: 'Chọn tệp',
    rules: 'PDF, JPEG hoặc PNG, tối đa {{megabytes}} MB mỗi tệp, tối đa {{count}} tệp.',
    choose: 'Chọn tệp để tải lên',
    uploading: 'Đang tải lên {{name}}…',
    progress: 'Tiến độ tải lên',
    done: 'Đã tải lên {{name}}.',
    wrongType: 'Chỉ nhận tệp PDF, JPEG hoặc PNG.',
    tooLarge: 'Tệp lớn hơn {{megabytes}} MB. Hãy chọn tệp nhỏ hơn.',
    limitReached: 'Bạn đã tải lên đủ {{count}} tệp. Xóa bớt một tệp để tải thêm.',
  },
  list: {
    title: 'Giấy tờ đã tải lên',
    empty: 'Chưa có giấy tờ nào. Tải lên ít nhất một giấy tờ để quản trị viên duyệt hồ sơ nhanh hơn.',
    meta: '{{type}} · {{size}} · tải lên {{date}}',
    newTab: '(mở trong thẻ mới)',
    delete: 'Xóa {{name}}',
    deleteTitle: 'Xóa {{name}}?',
    deleteDescription: 'Tệp bị xóa khỏi hồ sơ và quản trị viên không còn xem được.',
    deleteConfirm: 'Xóa tệp',
    deleted: 'Đã xóa {{name}}.',
    deleteLocked: 'Chỉ xóa được giấy tờ khi hồ sơ đang chờ duyệt.',
  },
  errorTitle: 'Không tải được giấy tờ',
}
