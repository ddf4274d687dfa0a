// The key list, forms and dialogs are shared (packages/ui, namespace "ui", apiKeys); these are the patient's words.
export const apiKeysVi = {
  description: 'Cho phép ứng dụng khác đọc hoặc cập nhật hồ sơ của bạn qua MedBook API.',
  emptyDescription: 'Tạo khóa khi bạn muốn kết nối một ứng dụng sức khỏe hoặc công cụ của riêng bạn với MedBook.',
}
