import type { authVi, headerVi, invitationVi, rolesVi } from '../vi/auth'

export const headerEn: typeof headerVi = {
  logIn: 'Log in',
  logOut: 'Log out',
  accountMenu: 'Account',
}

export const rolesEn: typeof rolesVi = {
  patient: 'Patient',
  doctor: 'Doctor',
  hospital: 'Hospital staff',
  admin: 'Administrator',
}

export const authEn: typeof authVi = {
  fields: {
    email: 'Work email',
    password: 'Password',
    passwordHint: 'At least 8 characters. Avoid easy guesses such as 12345678.',
    confirmPassword: 'Repeat the new password',
    lastName: 'Family name',
    firstName: 'Given name',
  },
  login: {
    title: 'Log in to the Portal',
    description: 'For doctors, hospital staff and MedBook administrators.',
    sessionEndedTitle: 'Your session has ended',
    sessionEnded: 'For your security, log in again to continue.',
    passwordReset: 'Your password was reset. Log in with the new one.',
    newHospital: 'Hospital not on MedBook yet?',
    registerHospital: 'Register it',
  },
  forgot: {
    title: 'Forgot your password',
    description: 'Enter the email you log in with. We will send a link to choose a new password.',
    backToLogin: 'Back to log in',
  },
  reset: {
    title: 'Choose a new password',
    description: 'Pick a new password for your account. Every device signed in will be logged out.',
  },
  errors: {
    unverified: 'This account is not verified yet. Enter the code we sent to your email.',
  },
  patient: {
    title: 'The Portal is for healthcare providers',
    description:
      '{{name}}, you are signed in with a patient account. Use MedBook for patients to book visits and manage your profile.',
    openApp: 'Open MedBook for patients',
    logOut: 'Log out to use another account',
  },
  noAccess: {
    title: 'You cannot open this page',
    description: 'This page is for another role. If you need access, contact an administrator.',
    home: 'Go to my page',
  },
}

export const invitationEn: typeof invitationVi = {
  title: 'Join MedBook as a doctor',
  description: 'Create your account to receive patient appointments through MedBook.',
  hospital: 'Hospital',
  email: 'Invited email',
  expires: 'Invitation expires',
  invalidTitle: 'This invitation no longer works',
  invalid: 'The invitation is not valid, was already used or has expired. Ask the hospital for a new one.',
  submit: 'Create doctor account',
  fields: {
    licenseNumber: 'Practising licence number',
    licenseHint: 'A MedBook administrator checks it before you receive appointments.',
    phone: 'Phone number',
    phoneHint: 'Optional.',
  },
  errors: {
    licenseTaken: 'This licence number is already registered.',
    phoneTaken: 'This phone number already has a MedBook account.',
  },
}
