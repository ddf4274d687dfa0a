import type { accountVi, headerVi } from '../vi/account'

export const headerEn: typeof headerVi = {
  logIn: 'Log in',
  signUp: 'Sign up',
  logOut: 'Log out',
  accountMenu: 'Account',
}

export const accountEn: typeof accountVi = {
  nav: {
    label: 'My account',
    profile: 'Profile',
    medical: 'Health',
    family: 'Family',
    favorites: 'Favourite doctors',
    security: 'Security',
    notifications: 'Notifications',
    apiKeys: 'API keys',
    payments: 'Payment history',
    records: 'Health records',
  },
  profile: {
    title: 'Profile',
    description: 'These details help hospitals and clinics recognise you when you visit.',
    dateOfBirth: 'Date of birth',
    gender: 'Gender',
  },
  picture: {
    description: 'A photo helps doctors and staff recognise you.',
  },
}
