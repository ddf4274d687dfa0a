import type { registerHospitalVi } from '../vi/register-hospital'

export const registerHospitalEn: typeof registerHospitalVi = {
  title: 'Register a hospital or clinic',
  description: 'Bring your hospital or clinic to MedBook. An administrator verifies it before patients can see it.',
  hospitalSection: 'About the hospital',
  hospitalSectionHint: 'As on its operating licence.',
  accountSection: 'Manager account',
  accountSectionHint: 'The person who runs the hospital on MedBook. You will log in to the portal with this email.',
  fields: {
    hospitalName: 'Name',
    hospitalType: 'Type',
    registrationNumber: 'Operating licence number',
    registrationHint: 'A MedBook administrator checks this number.',
    street: 'Address',
    city: 'Province / city',
    phoneNumber: 'Hospital phone number',
    phoneHint: 'Patients call this number. For example 024 3869 3731.',
    latitude: 'Latitude',
    longitude: 'Longitude',
    locationHint:
      'Coordinates let patients find places near them. Stand at the hospital and press the button below, or copy them from an online map.',
  },
  useMyLocation: 'Use my current location',
  locationFailed: 'Could not get your location. Allow location access or type the coordinates.',
  submit: 'Register',
  haveAccount: 'Already have an account?',
  logIn: 'Log in',
  errors: {
    registrationTaken: 'This licence number is already registered on MedBook.',
    contactTaken: 'This email or phone number cannot be used. Log in or use another.',
  },
  verify: {
    title: 'Verify your email',
    sentTo: 'We sent a 6-digit code to {{sentTo}}. Enter it to finish registering.',
    descriptionUnknown: 'Enter the 6-digit code we sent to the email you registered with.',
    wrongAddress: 'Wrong email?',
    registerAgain: 'Register again',
  },
}
