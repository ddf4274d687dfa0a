/** Why a MoMo checkout could not start; `userMessage` is safe to show the payer as it is. */
export type MomoCheckoutFailure = 'invalid_request' | 'rejected' | 'unreachable' | 'bad_answer'

const USER_MESSAGES: Record<MomoCheckoutFailure, (code: number | null) => { vi: string; en: string }> = {
  invalid_request: () => ({
    vi: 'Yêu cầu thanh toán MoMo không hợp lệ.',
    en: 'The MoMo payment request is not valid.',
  }),
  rejected: (code) => ({
    vi: `MoMo từ chối tạo giao dịch (mã ${code}). Vui lòng thử lại hoặc chọn cách thanh toán khác.`,
    en: `MoMo declined to start the payment (code ${code}). Please try again or choose another method.`,
  }),
  unreachable: () => ({
    vi: 'Không kết nối được với MoMo. Vui lòng thử lại sau.',
    en: 'MoMo could not be reached. Please try again later.',
  }),
  bad_answer: () => ({
    vi: 'MoMo trả lời không hợp lệ. Vui lòng thử lại sau.',
    en: 'MoMo sent an answer we could not use. Please try again later.',
  }),
}

export class MomoCheckoutError extends Error {
  override readonly name = 'MomoCheckoutError'
  readonly userMessage: { vi: string; en: string }

  /** `detail` is for logs: it names what went wrong, never keys or signatures */
  constructor(
    readonly failure: MomoCheckoutFailure,
    detail: string,
    /** MoMo's resultCode when MoMo answered with one */
    readonly resultCode: number | null = null,
  ) {
    super(detail)
    this.userMessage = USER_MESSAGES[failure](resultCode)
  }
}
