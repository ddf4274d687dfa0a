/** Strings of the shared components, in the "ui" namespace. English must have every key. */
export const uiMessagesVi = {
  retry: 'Thử lại',
  loadMore: 'Xem thêm',
  loadingMore: 'Đang tải thêm…',
  loading: 'Đang tải…',
  endOfList: 'Đã hiển thị tất cả',
  close: 'Đóng',
  language: 'Ngôn ngữ',
  skipToContent: 'Chuyển đến nội dung chính',
  pagination: 'Phân trang',
  previousPage: 'Trang trước',
  nextPage: 'Trang sau',
  pageNumber: 'Trang {{page}}',
  selectPlaceholder: 'Chọn…',
  errorTitle: 'Không tải được dữ liệu',
  errorDescription: 'Đã có lỗi xảy ra. Vui lòng kiểm tra kết nối và thử lại.',
  pageErrorTitle: 'Không mở được trang',
  pageErrorDescription: 'Có thể ứng dụng vừa được cập nhật. Tải lại trang để tiếp tục.',
  reloadPage: 'Tải lại trang',
}

export type UiMessages = typeof uiMessagesVi

export const uiMessagesEn: UiMessages = {
  retry: 'Try again',
  loadMore: 'Load more',
  loadingMore: 'Loading more…',
  loading: 'Loading…',
  endOfList: 'You have seen everything',
  close: 'Close',
  language: 'Language',
  skipToContent: 'Skip to main content',
  pagination: 'Pagination',
  previousPage: 'Previous page',
  nextPage: 'Next page',
  pageNumber: 'Page {{page}}',
  selectPlaceholder: 'Select…',
  errorTitle: 'Could not load data',
  errorDescription: 'Something went wrong. Please check your connection and try again.',
  pageErrorTitle: 'This page could not open',
  pageErrorDescription: 'The app may have just been updated. Reload the page to continue.',
  reloadPage: 'Reload the page',
}

// Typed keys for t() in the "ui" namespace, in this package and in every app that imports it.
declare module 'i18next' {
  interface ResourceNamespaceMap {
    ui: UiMessages
  }
}
