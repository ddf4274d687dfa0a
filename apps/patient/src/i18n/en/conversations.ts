import type { conversationsVi } from '../vi/conversations'

export const conversationsEn: typeof conversationsVi = {
  title: 'Messages',
  description: 'Talk to your doctors and the front desk about your appointments.',
  tabsLabel: 'Inbox',
  active: 'Active',
  archived: 'Archived',
  emptyTitle: 'No messages yet',
  emptyDescription: 'Open an appointment and choose “Message the doctor” or “Ask the front desk” to ask a question.',
  emptyArchivedTitle: 'No archived conversations',
  emptyArchivedDescription:
    'Conversations you archive wait here, and come back to the inbox when a new message arrives.',
  goToAppointments: 'View appointments',
  errorTitle: 'Could not load your messages',
  back: 'All messages',
  notFoundTitle: 'Conversation not found',
  notFound: 'This conversation does not exist or you are not part of it.',
  threadErrorTitle: 'Could not load the conversation',
  archive: 'Archive',
  unarchive: 'Move to inbox',
  archivedDone: 'Conversation archived.',
  unarchivedDone: 'Conversation moved back to the inbox.',
  contactTitle: 'A question about this visit?',
  contactDescription: 'The doctor and the front desk answer right here in MedBook.',
  messageDoctor: 'Message the doctor',
  askDesk: 'Ask the front desk',
}
