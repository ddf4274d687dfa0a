import type { UserStatus } from './user-badges'

export type StatusAction = 'block' | 'unblock' | 'deactivate' | 'reactivate'

export interface StatusChange {
  action: StatusAction
  to: UserStatus
}

/** What an administrator can do to an account in each status. */
export function statusChangesFor(status: UserStatus): StatusChange[] {
  if (status === 'active') {
    return [
      { action: 'block', to: 'blocked' },
      { action: 'deactivate', to: 'inactive' },
    ]
  }
  if (status === 'blocked') {
    return [
      { action: 'unblock', to: 'active' },
      { action: 'deactivate', to: 'inactive' },
    ]
  }
  return [
    { action: 'reactivate', to: 'active' },
    { action: 'block', to: 'blocked' },
  ]
}
