import type { waitlistVi } from '../vi/waitlist'

export const waitlistEn: typeof waitlistVi = {
  title: 'Waitlist',
  description: 'When someone cancels, the place is held for the first person waiting, for a short while.',
  join: 'Join the waitlist for this day',
  joinTitle: 'Wait for a place on {{day}}',
  joinDescription: 'If someone cancels with {{doctor}} on this day, we hold the place and let you know.',
  forWhom: 'Who is waiting?',
  myself: 'Me',
  confirmJoin: 'Join the waitlist',
  joined: 'You are on the waitlist for {{day}}.',
  alreadyWaiting: 'You are on the waitlist for this day.',
  alreadyWaitingConflict: 'You are already on the waitlist for this day.',
  refused: {
    not_working_day:
      'The doctor does not see patients on this day, so it has no waitlist. Choose a day the doctor works.',
    day_passed: 'This day has passed. Choose another day.',
  },
  signInToJoin: 'Log in to join the waitlist',
  viewMine: 'See my waitlist',
  empty: 'You are not waiting for any day. When a day is full, join its waitlist from the doctor’s page.',
  errorTitle: 'Could not load your waitlist',
  status: {
    waiting: 'Waiting',
    offered: 'A place for you',
  },
  entryFor: 'For {{name}}',
  offerTitle: 'A place opened! Held for you until {{time}}, {{day}}',
  offer: 'Claim it before then, or it goes to the next person waiting.',
  claim: 'Claim',
  claimed: 'The appointment is yours.',
  offerClosed: 'This place is no longer held for you.',
  leave: 'Leave',
  leaveTitle: 'Leave the waitlist?',
  leaveDescription: 'You will not hear about places on {{day}} with {{doctor}}.',
  leaveOfferDescription: 'The place held for you on {{day}} with {{doctor}} will go to someone else.',
  left: 'You left the waitlist.',
}
