/** The sandbox's pages: server-rendered, self-contained (no scripts, no outside resources), in Vietnamese and English. */

export interface CheckoutView {
  merchant: string
  reference: string
  amountVnd: number
  orderInfo: string
  expiresAt: Date | null
  /** the signed payment URL (path and query) the decision is posted back to */
  action: string
}

const STYLE = `
  :root { color-scheme: light; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
  body { margin: 0; background: #f1f5f9; color: #0f172a; }
  main { max-width: 28rem; margin: 2rem auto; background: #fff; border-radius: 0.75rem; padding: 1.5rem;
    box-shadow: 0 1px 3px rgb(15 23 42 / 0.15); }
  .banner { background: #fef3c7; color: #78350f; border: 1px solid #f59e0b; border-radius: 0.5rem;
    padding: 0.5rem 0.75rem; font-weight: 600; margin: 0 0 1rem; }
  h1 { font-size: 1.25rem; margin: 0 0 1rem; }
  dl { display: grid; grid-template-columns: auto 1fr; gap: 0.5rem 1rem; margin: 0 0 1.5rem; }
  dt { color: #475569; }
  dd { margin: 0; font-weight: 600; overflow-wrap: anywhere; }
  .actions { display: flex; gap: 0.75rem; }
  button { flex: 1; font: inherit; font-weight: 600; padding: 0.75rem; border-radius: 0.5rem; cursor: pointer;
    border: 2px solid transparent; }
  button:focus-visible { outline: 3px solid #1d4ed8; outline-offset: 2px; }
  .pay { background: #b91c1c; color: #fff; }
  .cancel { background: #fff; color: #0f172a; border-color: #94a3b8; }
  .code { font-family: ui-monospace, monospace; }
`

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)
}

function page(title: string, body: string): string {
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<main>
<p class="banner" role="note">MedBook sandbox — không dùng tiền thật / no real money</p>
${body}
</main>
</body>
</html>`
}

function formatGmt7(date: Date): string {
  return new Intl.DateTimeFormat('vi-VN', {
    dateStyle: 'short',
    timeStyle: 'medium',
    timeZone: 'Asia/Ho_Chi_Minh',
  }).format(date)
}

export function checkoutPage(view: CheckoutView): string {
  const amount = `${new Intl.NumberFormat('vi-VN').format(view.amountVnd)} ₫`
  const expires = view.expiresAt
    ? `<dt>Hết hạn / Expires</dt><dd>${escapeHtml(formatGmt7(view.expiresAt))} (GMT+7)</dd>`
    : ''
  return page(
    'Thanh toán VNPAY (sandbox) / VNPAY payment (sandbox)',
    `<h1>Thanh toán qua VNPAY / Pay with VNPAY</h1>
<dl>
<dt>Đơn vị / Merchant</dt><dd class="code">${escapeHtml(view.merchant)}</dd>
<dt>Mã đơn / Reference</dt><dd class="code">${escapeHtml(view.reference)}</dd>
<dt>Số tiền / Amount</dt><dd data-testid="amount">${escapeHtml(amount)}</dd>
<dt>Nội dung / Order info</dt><dd>${escapeHtml(view.orderInfo)}</dd>
${expires}
</dl>
<form method="post" action="${escapeHtml(view.action)}" class="actions">
<button type="submit" class="pay" name="decision" value="approve">Thanh toán / Pay</button>
<button type="submit" class="cancel" name="decision" value="decline">Hủy / Cancel</button>
</form>`,
  )
}

export interface SandboxError {
  code: string
  vi: string
  en: string
}

export function errorPage(error: SandboxError): string {
  return page(
    `Lỗi ${error.code} / Error ${error.code}`,
    `<h1>Thông báo / Notice</h1>
<p role="alert">Mã lỗi / Error code: <span class="code" data-testid="error-code">${escapeHtml(error.code)}</span></p>
<p lang="vi">${escapeHtml(error.vi)}</p>
<p lang="en">${escapeHtml(error.en)}</p>`,
  )
}
