import type { invitationsVi } from '../vi/invitations'

export const invitationsEn: typeof invitationsVi = {
  title: 'Invite doctors',
  description: 'Invite your hospital’s doctors to MedBook. Each invitation works once, for 7 days.',
  formTitle: 'Send an invitation',
  formDescription: 'The doctor receives an email with a link to create an account at your hospital.',
  emailLabel: 'Doctor’s email',
  emailHint: 'An email without a MedBook account.',
  send: 'Send invitation',
  sent: 'Invitation sent to {{email}}.',
  emailTaken: 'This email already has a MedBook account.',
  emptyTitle: 'No invitations yet',
  emptyDescription: 'The invitations you send appear here with their status.',
  acceptedOn: 'Accepted {{date}}',
  revoke: 'Revoke',
  revokeTitle: 'Revoke the invitation?',
  revokeDescription: 'The link sent to {{email}} will stop working. You can invite them again later.',
  revokeConfirm: 'Revoke invitation',
  revoked: 'The invitation to {{email}} was revoked.',
  status: {
    pending: 'Pending',
    accepted: 'Accepted',
    expired: 'Expired',
  },
  table: {
    caption: 'Invitations sent',
    email: 'Email',
    status: 'Status',
    sent: 'Sent',
    expires: 'Expires',
    actions: 'Actions',
  },
}
