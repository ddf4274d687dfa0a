/** Why the log-in page opened, shown there as a notice. */
export type LoginReason = 'session-ended' | 'password-reset' | 'signed-out-everywhere'

const REASONS: readonly LoginReason[] = ['session-ended', 'password-reset', 'signed-out-everywhere']

export const ACCOUNT_HOME = '/account/profile'

/** Only a path inside this app: "next" comes from the address bar and must not send anyone elsewhere. */
export function safeNext(value: string | null | undefined): string {
  if (!value || !/^\/(?![/\\])/.test(value)) return ACCOUNT_HOME
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
