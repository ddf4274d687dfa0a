import type { authVi } from '../vi/auth'

export const authEn: typeof authVi = {
  fields: {
    identifier: 'Email or phone number',
    identifierPlaceholder: 'you@example.com or 0912 345 678',
    phone: 'Phone number',
    password: 'Password',
    passwordHint: 'At least 8 characters. Avoid easy guesses such as 12345678.',
    lastName: 'Family name',
    firstName: 'Given name',
  },
  login: {
    title: 'Log in',
    description: 'Log in to manage your profile, your family and your appointments.',
    noAccount: 'No account yet?',
    signUpLink: 'Sign up for free',
    sessionEndedTitle: 'Your session has ended',
    sessionEnded: 'For your security, log in again to continue.',
    passwordReset: 'Your password was reset. Log in with the new one.',
    signedOutEverywhere: 'You have been logged out on every device.',
  },
  signup: {
    title: 'Create your MedBook account',
    description: 'Book visits for yourself and your family, and keep your health details in one place.',
    identifierHint: 'We will send a 6-digit verification code here.',
    submit: 'Create account',
    haveAccount: 'Already have an account?',
    logInLink: 'Log in',
  },
  verify: {
    title: 'Verify your account',
    sentTo: 'Enter the 6-digit code we just sent to {{sentTo}}.',
    descriptionUnknown: 'Enter the email or phone number you signed up with and the 6-digit code we sent.',
    wrongAddress: 'Wrong email or phone number?',
    signUpAgain: 'Sign up again',
  },
  forgot: {
    title: 'Forgot your password',
    description: 'Choose how you sign in: we send a link by email, or a 6-digit code by text message.',
    channel: 'Get instructions by',
    byEmail: 'Email',
    byPhone: 'Phone number',
    phoneHint: 'The phone number you log in with. The code works for 10 minutes.',
    sendCode: 'Text me a code',
    codeTitle: 'Enter the code and a new password',
    codeSentTo:
      'If {{sentTo}} has a MedBook account, we texted it a 6-digit code. Every device signed in to the account is signed out once the password changes.',
    codeLabel: 'Code from the text message',
    codeResent: 'A new code is on its way. Check your messages.',
    otherNumber: 'Use another phone number',
    backToLogin: 'Back to log in',
  },
  reset: {
    title: 'Choose a new password',
    description: 'Pick a new password for your account. Every device signed in will be logged out.',
    submit: 'Set the new password',
  },
  staffAccount: {
    title: 'This is a healthcare provider account',
    description: 'Doctors, hospital staff and administrators use the MedBook Portal.',
    openPortal: 'Open the Portal',
  },
}
