export const SESSION_COOKIE = 'medbook_session'

export function parseCookies(header: string | undefined): Map<string, string> {
  const cookies = new Map<string, string>()
  for (const part of header?.split(';') ?? []) {
    const index = part.indexOf('=')
    if (index < 0) continue
    const name = part.slice(0, index).trim()
    try {
      cookies.set(name, decodeURIComponent(part.slice(index + 1).trim()))
    } catch {}
  }
  return cookies
}

export function sessionCookie(token: string, expiresAt: Date, secure: boolean): string {
  const attributes = [
    `${SESSION_COOKIE}=${token}`,
    'HttpOnly',
    'SameSite=Lax',
    'Path=/',
    `Expires=${expiresAt.toUTCString()}`,
  ]
  if (secure) attributes.push('Secure')
  return attributes.join('; ')
}

export function expiredSessionCookie(secure: boolean): string {
  return sessionCookie('', new Date(0), secure).replace(/Expires=[^;]+/, 'Max-Age=0')
}
