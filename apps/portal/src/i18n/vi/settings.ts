export const settingsVi = {
  title: 'Cấu hình hệ thống',
  description:
    'Các quy tắc đặt lịch, nhắc lịch và ngày nghỉ áp dụng cho toàn MedBook. Mỗi mục được lưu riêng và ghi vào nhật ký hoạt động.',
  groups: {
    booking: 'Đặt lịch',
    payments: 'Thanh toán',
    reviews: 'Đánh giá',
    reminders: 'Nhắc lịch',
    calendar: 'Lịch nghỉ',
    other: 'Khác',
  },
  keys: {
    booking: {
      horizonDays: {
        label: 'Đặt trước tối đa',
        description: 'Bệnh nhân có thể đặt lịch trước bao nhiêu ngày.',
      },
      minimumNoticeMinutes: {
        label: 'Thời gian báo trước tối thiểu',
        description: 'Khung giờ sớm nhất có thể đặt, tính từ thời điểm hiện tại.',
      },
      cancellationCutoffHours: {
        label: 'Hạn hủy hoặc đổi lịch',
        description: 'Bệnh nhân không thể hủy hay đổi lịch khi còn ít hơn số giờ này trước giờ khám.',
      },
      prepaymentRequired: {
        label: 'Bắt buộc thanh toán trước',
        description: 'Lịch đặt chờ thanh toán và được trả lại nếu không thanh toán kịp.',
      },
      holdMinutes: {
        label: 'Thời gian giữ chỗ chờ thanh toán',
        description: 'Lịch chưa thanh toán được giữ khung giờ trong bao lâu.',
      },
      waitlistClaimMinutes: {
        label: 'Thời gian giữ chỗ cho danh sách chờ',
        description: 'Khung giờ vừa trống được giữ cho người đầu tiên trong danh sách chờ trong bao lâu.',
      },
    },
    payments: {
      prepayOnlineConsultations: {
        label: 'Khám trực tuyến trả trước',
        description: 'Lịch khám trực tuyến chờ thanh toán và được giải phóng nếu không thanh toán kịp.',
      },
      refundPolicy: {
        label: 'Chính sách hoàn tiền',
        description:
          'Phần tiền hoàn khi bệnh nhân hủy, theo số giờ trước giờ khám (muộn hơn mọi mức, hoặc không đến: không hoàn); bác sĩ, cơ sở hoặc hệ thống hủy: hoàn theo tỷ lệ riêng.',
      },
      reconcileAfterMinutes: {
        label: 'Đối soát sau',
        description: 'Thanh toán trực tuyến còn chờ sau ngần này phút sẽ được hỏi lại cổng thanh toán.',
      },
      bankTransferAccount: {
        label: 'Tài khoản nhận chuyển khoản',
        description: 'Tài khoản bệnh nhân chuyển khoản tới (VietQR); khoản chuyển được khớp theo mã tham chiếu.',
      },
    },
    reviews: {
      windowDays: {
        label: 'Thời hạn đánh giá',
        description: 'Bệnh nhân có thể đánh giá trong bao nhiêu ngày sau khi buổi khám hoàn tất.',
      },
      requireApproval: {
        label: 'Duyệt trước khi đăng',
        description: 'Đánh giá chỉ hiển thị sau khi quản trị viên duyệt.',
      },
      autoApproveWithoutComment: {
        label: 'Đăng ngay đánh giá không có nhận xét',
        description: 'Chỉ chấm sao, không có nhận xét thì không có gì cần duyệt, nên được đăng ngay.',
      },
    },
    reminders: {
      offsetsMinutes: {
        label: 'Thời điểm gửi nhắc lịch',
        description: 'Mỗi lần nhắc gửi trước giờ khám bao nhiêu phút (1440 phút = 1 ngày).',
      },
    },
    calendar: {
      publicHolidays: {
        label: 'Ngày nghỉ lễ',
        description: 'Không cơ sở y tế nào nhận đặt lịch vào những ngày này (Tết, Giỗ Tổ, 30/4, 1/5, 2/9…).',
      },
    },
  },
  units: {
    booking: {
      horizonDays: 'ngày',
      minimumNoticeMinutes: 'phút',
      cancellationCutoffHours: 'giờ',
      holdMinutes: 'phút',
      waitlistClaimMinutes: 'phút',
    },
    payments: {
      reconcileAfterMinutes: 'phút',
    },
    reviews: {
      windowDays: 'ngày',
    },
    reminders: {
      offsetsMinutes: 'phút',
    },
  },
  fields: {
    tiers: 'Các mức hoàn tiền',
    minHoursBefore: 'Hủy trước ít nhất (giờ)',
    percent: 'Tỷ lệ hoàn (%)',
    providerCancellationPercent: 'Hoàn khi bác sĩ, cơ sở hoặc hệ thống hủy (%)',
    bankBin: 'Mã BIN ngân hàng (NAPAS)',
    bankName: 'Tên ngân hàng',
    accountNumber: 'Số tài khoản',
    accountName: 'Tên chủ tài khoản',
  },
  items: {
    reminders: {
      offsetsMinutes: 'Lần nhắc {{number}}',
    },
    calendar: {
      publicHolidays: 'Ngày nghỉ {{number}}',
    },
  },
  code: 'Mã: {{key}}',
  defaultValue: 'Mặc định: {{value}}',
  usingDefault: 'Đang dùng giá trị mặc định.',
  updated: 'Cập nhật lần cuối bởi {{name}}, {{time}}.',
  updatedNoName: 'Cập nhật lần cuối {{time}}.',
  save: 'Lưu',
  saved: 'Đã lưu “{{label}}”.',
  undo: 'Hoàn tác',
  useDefault: 'Dùng mặc định',
  serverRejected: 'Máy chủ không chấp nhận giá trị này. Kiểm tra lại giới hạn cho phép.',
  yes: 'Có',
  no: 'Không',
  errorTitle: 'Không tải được cấu hình',
  emptyTitle: 'Chưa có mục cấu hình nào',
}

/** The generated form's own words: bounds, list buttons and validation messages. */
export const schemaFormVi = {
  rangeBoth: 'Từ {{min}} đến {{max}}',
  rangeMin: 'Tối thiểu {{min}}',
  rangeMax: 'Tối đa {{max}}',
  maxItems_one: 'Tối đa {{count}} mục',
  maxItems_other: 'Tối đa {{count}} mục',
  item: 'Mục {{number}}',
  add: 'Thêm',
  remove: 'Xóa {{item}}',
  noItems: 'Danh sách đang trống.',
  jsonHint: 'Nhập dưới dạng JSON',
  errors: {
    required: 'Vui lòng điền mục này.',
    integer: 'Nhập một số nguyên.',
    number: 'Nhập một số.',
    min: 'Giá trị nhỏ nhất là {{min}}.',
    max: 'Giá trị lớn nhất là {{max}}.',
    step: 'Giá trị phải là bội số của {{step}}.',
    tooFewItems_one: 'Cần ít nhất {{count}} mục.',
    tooFewItems_other: 'Cần ít nhất {{count}} mục.',
    tooManyItems_one: 'Tối đa {{count}} mục.',
    tooManyItems_other: 'Tối đa {{count}} mục.',
    tooShort_one: 'Cần ít nhất {{count}} ký tự.',
    tooShort_other: 'Cần ít nhất {{count}} ký tự.',
    tooLong_one: 'Tối đa {{count}} ký tự.',
    tooLong_other: 'Tối đa {{count}} ký tự.',
    format: 'Không đúng định dạng.',
    option: 'Hãy chọn một giá trị trong danh sách.',
    json: 'JSON chưa hợp lệ.',
    invalid: 'Giá trị không hợp lệ.',
  },
}
