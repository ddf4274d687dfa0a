import type { SandboxOrder } from './momo-sandbox-store.js'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string)

const STYLE = `
*{box-sizing:border-box}
body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;background:#f6eef3;color:#1f1a1d}
main{max-width:28rem;margin:2rem auto;padding:0 1rem}
.banner{background:#fff4c2;border:2px dashed #a07800;border-radius:.5rem;padding:.75rem 1rem;font-weight:600;text-align:center}
.card{background:#fff;border-radius:.75rem;box-shadow:0 2px 10px rgba(0,0,0,.08);padding:1.5rem;margin-top:1rem}
h1{font-size:1.25rem;margin:0 0 1rem;color:#a50064}
dl{display:grid;grid-template-columns:auto 1fr;gap:.5rem 1rem;margin:0 0 1.5rem}
dt{color:#5c5158}
dd{margin:0;font-weight:600;overflow-wrap:anywhere}
.amount{font-size:1.5rem;color:#a50064}
form{margin:0}
.actions{display:grid;gap:.75rem}
button{width:100%;font:inherit;font-weight:600;border-radius:.5rem;padding:.75rem 1rem;cursor:pointer;border:2px solid #a50064}
button:focus-visible{outline:3px solid #1f1a1d;outline-offset:2px}
.pay{background:#a50064;color:#fff}
.cancel{background:#fff;color:#a50064}
p.note{color:#5c5158;font-size:.875rem;margin-top:1rem}
`

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
<p class="banner" role="note">MedBook sandbox — no real money<br>Môi trường thử nghiệm MedBook — không dùng tiền thật</p>
${body}
</main>
</body>
</html>`
}

const vnd = (amount: number) => `${new Intl.NumberFormat('vi-VN').format(amount)} ₫`

/** The checkout MoMo would show: who is paid, how much, for what; pay or cancel. */
export function checkoutPage(order: SandboxOrder, partnerCode: string): string {
  const base = `/sandbox/momo/pay/${encodeURIComponent(order.token)}`
  const details = `<dl>
<dt>Đơn vị / Merchant</dt><dd>MedBook (${escapeHtml(partnerCode)})</dd>
<dt>Mã đơn hàng / Order</dt><dd>${escapeHtml(order.orderId)}</dd>
<dt>Nội dung / Description</dt><dd>${escapeHtml(order.orderInfo)}</dd>
<dt>Số tiền / Amount</dt><dd class="amount">${vnd(order.amount)}</dd>
</dl>`
  if (order.status !== 'pending') {
    return page(
      'MoMo — MedBook sandbox',
      `<section class="card"><h1>Thanh toán MoMo / MoMo payment</h1>${details}
<p role="status">Giao dịch này đã được xử lý. / This payment has already been completed.</p></section>`,
    )
  }
  return page(
    'Thanh toán MoMo / MoMo payment — MedBook sandbox',
    `<section class="card" aria-labelledby="checkout-title">
<h1 id="checkout-title">Thanh toán MoMo / MoMo payment</h1>
${details}
<div class="actions">
<form method="post" action="${base}/approve"><button type="submit" class="pay">Xác nhận thanh toán / Pay</button></form>
<form method="post" action="${base}/decline"><button type="submit" class="cancel">Hủy / Cancel</button></form>
</div>
<p class="note">Không có tiền thật được chuyển. / No real money moves.</p>
</section>`,
  )
}

export function messagePage(vi: string, en: string): string {
  return page(
    'MoMo — MedBook sandbox',
    `<section class="card"><h1>MoMo</h1><p role="alert">${escapeHtml(vi)}<br>${escapeHtml(en)}</p></section>`,
  )
}

/** The form posts and the redirect back to the merchant must both be allowed. */
export function pageSecurityHeaders(redirectUrl?: string): Record<string, string> {
  const formTargets = redirectUrl ? `'self' ${new URL(redirectUrl).origin}` : `'self'`
  return {
    'content-type': 'text/html; charset=utf-8',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'no-referrer',
    'content-security-policy': `default-src 'none'; style-src 'unsafe-inline'; form-action ${formTargets}; frame-ancestors 'none'; base-uri 'none'`,
  }
}
