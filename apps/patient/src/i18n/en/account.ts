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
    apiKeys: 'API keys',
  },
  gender: {
    notStated: 'Not stated',
    male: 'Male',
    female: 'Female',
    other: 'Other',
  },
  profile: {
    title: 'Profile',
    description: 'These details help hospitals and clinics recognise you when you visit.',
    detailsTitle: 'Personal details',
    detailsDescription: 'Your name, date of birth and address.',
    email: 'Email',
    phone: 'Phone number',
    none: 'None yet',
    dateOfBirth: 'Date of birth',
    gender: 'Gender',
    street: 'Address',
    city: 'Province / city',
    save: 'Save changes',
    saved: 'Profile saved.',
  },
  picture: {
    description: 'A photo helps doctors and staff recognise you.',
  },
}
