import type { accountVi } from '../vi/account'

export const accountEn: typeof accountVi = {
  profile: {
    title: 'My profile',
    description: 'Your personal details and password.',
  },
  pending: {
    title: 'Your doctor account is awaiting approval',
    description:
      'Welcome to MedBook! An administrator will check your practising licence. Once approved, patients can see your profile and book visits with you.',
  },
  hospitalPending: {
    title: 'Your hospital is awaiting verification',
    description:
      'Thank you for registering! A MedBook administrator will check the registration number and details. Meanwhile you can complete your profile and invite doctors; patients will see your hospital once it is verified.',
  },
  hospitalInactive: {
    title: 'Your hospital was not approved',
    description: 'Your hospital is not shown to patients. Please contact a MedBook administrator for details.',
  },
  picture: {
    description: 'Shown in the portal header and, for doctors, on the profile patients see.',
  },
}
