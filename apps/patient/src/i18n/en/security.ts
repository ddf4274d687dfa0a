import type { securityVi } from '../vi/security'

export const securityEn: typeof securityVi = {
  title: 'Security',
  description: 'Your password and the devices signed in to your account.',
  sessions: {
    title: 'Signed-in devices',
    description: 'If you see a device you do not know, log it out and change your password.',
    listLabel: 'Signed-in devices',
    thisDevice: 'This device',
    unknownDevice: 'Unknown device',
    browserOn: '{{browser}} on {{system}}',
    lastActive: 'Last active: {{time}}',
    signedIn: 'Signed in {{time}}',
    ip: 'IP {{ip}}',
    revoke: 'Log out',
    revoked: 'The device was logged out.',
  },
  everywhere: {
    title: 'Log out everywhere',
    description: 'Ends every session, including the one on this device.',
    button: 'Log out on all devices',
    confirmTitle: 'Log out on every device?',
    confirmDescription: 'You will need to log in again on every device, this one included.',
    confirm: 'Log out everywhere',
  },
}
