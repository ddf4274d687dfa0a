// The key list, forms and dialogs are shared (packages/ui, namespace "ui", apiKeys); these are the portal's words.
export const apiKeysVi = {
  description:
    'Cho phép phần mềm phòng khám, hệ thống bảo hiểm hoặc công cụ của bạn làm việc với MedBook thay bạn, chỉ với những quyền bạn chọn.',
  emptyDescription: 'Tạo khóa khi bạn muốn kết nối phần mềm phòng khám hoặc một công cụ khác với MedBook.',
  sdk: {
    title: 'Dùng khóa với MedBook SDK',
    description: 'MedBook SDK là thư viện TypeScript để phần mềm của bạn gọi MedBook API, có sẵn kiểu dữ liệu.',
    usage:
      'Cài gói @medbook/sdk bằng npm, rồi truyền khóa vào tùy chọn apiKey của createClient; khóa được gửi trong tiêu đề Authorization: Bearer. Hãy giữ khóa trong biến môi trường, không đưa vào mã nguồn.',
    roleExample: {
      hospital:
        'Ví dụ: đọc danh sách bác sĩ của cơ sở cần quyền “Xem dữ liệu cơ sở”; thay đổi bảng giá, lịch làm việc hay hồ sơ bác sĩ cần thêm quyền “Quản lý cơ sở”.',
      doctor: 'Ví dụ: đọc hồ sơ tài khoản của bạn cần quyền “Xem hồ sơ”.',
      admin: 'Ví dụ: tải nhật ký hoạt động dạng CSV cần quyền “Xem dữ liệu quản trị”.',
    },
    scopes:
      'Mỗi khóa chỉ mở những thao tác mà quyền của nó cho phép; thao tác khác bị từ chối (FORBIDDEN) kèm tên quyền còn thiếu. Khóa không dùng được để đăng nhập, đổi mật khẩu hay quản lý khóa API.',
    docs: 'Hướng dẫn đầy đủ nằm trong tệp README của gói @medbook/sdk, mục “API keys and scopes”.',
    docsHospital:
      'Hướng dẫn đầy đủ nằm trong tệp README của gói @medbook/sdk, mục “API keys and scopes” và “Hospital operations (staff API keys)”.',
  },
}
