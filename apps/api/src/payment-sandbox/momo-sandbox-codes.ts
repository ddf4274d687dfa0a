/** The resultCodes the sandbox answers with, worded as MoMo's list (developers.momo.vn v3 result-handling/resultcode). */
export const MOMO_CODES = {
  successful: 0,
  accessDenied: 11,
  authenticationFailed: 13,
  badFormat: 20,
  amountOutOfRange: 22,
  duplicatedRequestId: 40,
  duplicatedOrderId: 41,
  orderNotFound: 42,
  unknownError: 99,
  waitingForUser: 1000,
  deniedByUser: 1006,
  refundRejected: 1081,
  notRefundable: 1088,
} as const

export type MomoCode = (typeof MOMO_CODES)[keyof typeof MOMO_CODES]
export type MomoLang = 'vi' | 'en'

const MESSAGES: Record<MomoCode, { vi: string; en: string }> = {
  0: { vi: 'Thành công.', en: 'Successful.' },
  11: { vi: 'Truy cập bị từ chối.', en: 'Access denied.' },
  13: { vi: 'Xác thực doanh nghiệp thất bại.', en: 'Merchant authentication failed.' },
  20: { vi: 'Yêu cầu sai định dạng.', en: 'Bad format request.' },
  22: { vi: 'Số tiền giao dịch không hợp lệ.', en: 'Transaction amount is out of range.' },
  40: { vi: 'requestId bị trùng.', en: 'Duplicated requestId.' },
  41: { vi: 'orderId bị trùng.', en: 'Duplicated orderId.' },
  42: { vi: 'orderId không hợp lệ hoặc không được tìm thấy.', en: 'Invalid orderId or orderId is not found.' },
  99: { vi: 'Lỗi không xác định.', en: 'Unknown error.' },
  1000: {
    vi: 'Giao dịch đã được khởi tạo, chờ người dùng xác nhận thanh toán.',
    en: 'Transaction is initiated, waiting for user confirmation.',
  },
  1006: { vi: 'Giao dịch bị từ chối bởi người dùng.', en: 'Transaction denied by user.' },
  1081: {
    vi: 'Hoàn tiền bị từ chối. Giao dịch thanh toán ban đầu có thể đã được hoàn hết.',
    en: 'Refund rejected. The original transaction might have been refunded.',
  },
  1088: {
    vi: 'Hoàn tiền bị từ chối. Giao dịch thanh toán ban đầu không được phép hoàn tiền.',
    en: 'Refund rejected. The original payment transaction is not eligible for refund.',
  },
}

export function momoMessage(code: MomoCode, lang: MomoLang): string {
  return MESSAGES[code][lang]
}
