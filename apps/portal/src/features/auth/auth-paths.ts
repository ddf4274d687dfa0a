import type { TUserRole } from '@medbook/contracts'

/** Why the log-in page opened, shown there as a notice. */
export type LoginReason = 'session-ended' | 'password-reset'

const REASONS: readonly LoginReason[] = ['session-ended', 'password-reset']

/** Where each role starts: the page it uses most. */
export function roleHome(role: TUserRole): string {
  if (role === 'hospital') return '/invitations'
  if (role === 'admin') return '/users'
  if (role === 'doctor') return '/profile'
  return '/login'
}

/** Only a path inside the portal: "next" comes from the address bar and must not send anyone elsewhere. */
export function safeNext(value: string | null | undefined): string | null {
  if (!value || !/^\/(?![/\\])/.test(value)) return null
  return value
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
