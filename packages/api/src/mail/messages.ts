import type { OutgoingMail } from './mailer.js'

// Each message carries Vietnamese first, then English: accounts have no language yet.

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)
}

function layout(
  to: string,
  subject: string,
  paragraphs: string[],
  action?: { label: string; url: string },
): OutgoingMail {
  const text = [...paragraphs, ...(action ? [`${action.label}: ${action.url}`] : []), '', '— MedBook'].join('\n\n')
  const html = `<!doctype html><html><body style="font-family:Arial,sans-serif;color:#0f172a;line-height:1.5">
${paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${action ? `<p><a href="${escapeHtml(action.url)}" style="background:#0f766e;color:#fff;padding:10px 16px;border-radius:6px;text-decoration:none">${escapeHtml(action.label)}</a></p>` : ''}
<p style="color:#64748b">— MedBook</p></body></html>`
  return { to, subject, text, html }
}

export function verificationCodeMail(to: string, name: string, code: string): OutgoingMail {
  return layout(to, `Mã xác minh MedBook: ${code} / Your MedBook verification code`, [
    `Xin chào ${name},`,
    `Mã xác minh tài khoản MedBook của bạn là ${code}. Mã có hiệu lực trong 10 phút.`,
    `Your MedBook verification code is ${code}. It expires in 10 minutes.`,
    'Nếu bạn không đăng ký, hãy bỏ qua email này. / If you did not sign up, ignore this email.',
  ])
}

export function passwordResetMail(to: string, name: string, url: string): OutgoingMail {
  return layout(
    to,
    'Đặt lại mật khẩu MedBook / Reset your MedBook password',
    [
      `Xin chào ${name},`,
      'Chúng tôi nhận được yêu cầu đặt lại mật khẩu. Liên kết có hiệu lực trong 30 phút và chỉ dùng được một lần.',
      'We received a request to reset your password. The link works once, for 30 minutes.',
      'Nếu không phải bạn, hãy bỏ qua email này. / If this was not you, ignore this email.',
    ],
    { label: 'Đặt lại mật khẩu / Reset password', url },
  )
}

export function doctorInvitationMail(to: string, hospitalName: string, url: string): OutgoingMail {
  return layout(
    to,
    `${hospitalName} mời bạn tham gia MedBook / ${hospitalName} invites you to MedBook`,
    [
      `${hospitalName} mời bạn tham gia MedBook với tư cách bác sĩ. Lời mời có hiệu lực trong 7 ngày.`,
      `${hospitalName} invites you to join MedBook as a doctor. The invitation is valid for 7 days.`,
    ],
    { label: 'Chấp nhận lời mời / Accept invitation', url },
  )
}

const ROLE_LABELS = {
  patient: 'bệnh nhân / patient',
  doctor: 'bác sĩ / doctor',
  hospital: 'nhân viên bệnh viện / hospital staff',
  admin: 'quản trị viên / administrator',
} as const

export function roleChangedMail(
  to: string,
  name: string,
  role: keyof typeof ROLE_LABELS,
  reason: string,
  signInUrl: string,
): OutgoingMail {
  return layout(
    to,
    'Vai trò tài khoản MedBook đã thay đổi / Your MedBook account role has changed',
    [
      `Xin chào ${name},`,
      `Quản trị viên đã đổi vai trò tài khoản của bạn thành: ${ROLE_LABELS[role]}. Lý do: ${reason}`,
      `An administrator changed your account's role to: ${ROLE_LABELS[role]}. Reason: ${reason}`,
      'Bạn đã được đăng xuất khỏi mọi thiết bị; hãy đăng nhập lại. / You were signed out everywhere; sign in again.',
    ],
    { label: 'Đăng nhập / Sign in', url: signInUrl },
  )
}
