import type { ZInvitationInfo } from '@medbook/contracts'
import type { BadgeTone } from '@medbook/ui'
import type { z } from 'zod'

export type Invitation = z.infer<typeof ZInvitationInfo>
export type InvitationStatus = 'pending' | 'accepted' | 'expired'

export const STATUS_TONES: Record<InvitationStatus, BadgeTone> = {
  pending: 'warning',
  accepted: 'success',
  expired: 'neutral',
}

export function invitationStatus(invitation: Invitation, now = Date.now()): InvitationStatus {
  if (invitation.acceptedAt) return 'accepted'
  if (invitation.expiresAt.getTime() <= now) return 'expired'
  return 'pending'
}
