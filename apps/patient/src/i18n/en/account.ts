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
    title: 'Profile picture',
    description: 'A photo helps doctors and staff recognise you.',
    choose: 'Choose a photo',
    change: 'Change photo',
    save: 'Save photo',
    cancel: 'Cancel',
    rules: 'JPEG, PNG or WebP, up to 2 MB.',
    previewAlt: 'Preview of the new profile picture',
    wrongType: 'Use a JPEG, PNG or WebP image.',
    tooLarge: 'The image is larger than 2 MB. Choose a smaller one.',
    saved: 'Profile picture updated.',
  },
}
