import type { TRosterDoctor } from '@medbook/contracts'
import type { BadgeTone } from '@medbook/ui'

/** One status per doctor: a deactivated or blocked account first, else the licence review. */
export type RosterStatus = 'approved' | 'pending' | 'rejected' | 'inactive' | 'blocked'

export const ROSTER_STATUS_TONES: Record<RosterStatus, BadgeTone> = {
  approved: 'success',
  pending: 'warning',
  rejected: 'danger',
  inactive: 'neutral',
  blocked: 'danger',
}

export function rosterStatus(doctor: TRosterDoctor): RosterStatus {
  if (doctor.accountStatus === 'inactive') return 'inactive'
  if (doctor.accountStatus === 'blocked') return 'blocked'
  return doctor.status
}

/** Who can take over another doctor's appointments: approved and active. */
export function canTakeAppointments(doctor: TRosterDoctor): boolean {
  return doctor.status === 'approved' && doctor.accountStatus === 'active'
}
