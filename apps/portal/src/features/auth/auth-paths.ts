import type { TUserRole } from '@medbook/contracts'

/** Why the log-in page opened, shown there as a notice. */
export type LoginReason = 'session-ended' | 'password-reset'

const REASONS: readonly LoginReason[] = ['session-ended', 'password-reset']

/** Where each role starts: staff and administrators on their dashboard, doctors on their day. */
export function roleHome(role: TUserRole): string {
  if (role === 'hospital') return '/dashboard'
  if (role === 'admin') return '/admin-dashboard'
  if (role === 'doctor') return '/schedule'
  return '/login'
}

/** Where a signed-in user starts: a hospital or doctor not verified yet sees why on their profile first. */
export function homeFor(user: {
  role: TUserRole
  hospitalStatus: 'active' | 'inactive' | 'pending' | null
  doctorStatus?: 'approved' | 'pending' | 'rejected' | null
}): string {
  if (user.role === 'hospital' && (user.hospitalStatus === 'pending' || user.hospitalStatus === 'inactive')) {
    return '/profile'
  }
  if (user.role === 'doctor' && user.doctorStatus !== 'approved') return '/profile'
  return roleHome(user.role)
}

/** Only a path inside the portal: "next" comes from the address bar and must not send anyone elsewhere. */
export function safeNext(value: string | null | undefined): string | null {
  if (!value || !/^\/(?![/\\])/.test(value)) return null
  return value
}

/** Pages anyone may read; the portal's index sends visitors to the first of them. */
export const PUBLIC_PAGES = ['/hospitals', '/specialties'] as const

/**
 * The header's way to log in: back to the page afterwards, except from a public page, which a
 * visitor did not open to work in (the index sends everyone there), so the role's own home follows.
 */
export function loginPathFrom(location: { pathname: string; search: string }): string {
  const isPublic = PUBLIC_PAGES.some((page) => location.pathname === page || location.pathname.startsWith(`${page}/`))
  return loginPath(isPublic ? {} : { next: `${location.pathname}${location.search}` })
}

export function loginPath(options: { next?: string; reason?: LoginReason } = {}): string {
  const params = new URLSearchParams()
  if (options.next && options.next !== '/') params.set('next', options.next)
  if (options.reason) params.set('reason', options.reason)
  const query = params.toString()
  return query ? `/login?${query}` : '/login'
}

export function readLoginReason(value: string | null): LoginReason | null {
  return REASONS.find((reason) => reason === value) ?? null
}
