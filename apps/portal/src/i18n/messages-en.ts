import { accountEn } from './en/account'
import { activityEn } from './en/activity'
import { apiKeysEn } from './en/api-keys'
import { authEn, headerEn, invitationEn, rolesEn } from './en/auth'
import { availabilityEn } from './en/availability'
import { catalogueEn } from './en/catalogue'
import { conversationsEn } from './en/conversations'
import { dashboardsEn } from './en/dashboards'
import { doctorProfileEn } from './en/doctor-profile'
import { hospitalServicesEn } from './en/hospital-services'
import { invitationsEn } from './en/invitations'
import { chartEn, recordsEn } from './en/medical-records'
import { myHospitalEn } from './en/my-hospital'
import { myPatientsEn } from './en/my-patients'
import { notificationsEn } from './en/notifications'
import { paymentsEn } from './en/payments'
import { promotionsEn } from './en/promotions'
import { registerHospitalEn } from './en/register-hospital'
import { moderationEn, reviewsEn } from './en/reviews'
import { rosterEn } from './en/roster'
import { scheduleEn } from './en/schedule'
import { schemaFormEn, settingsEn } from './en/settings'
import { usersEn } from './en/users'
import { verificationEn } from './en/verification'
import { verificationDocumentsEn } from './en/verification-documents'
import type { PortalMessages } from './messages-vi'

export const messagesEn: PortalMessages = {
  meta: {
    title: 'MedBook · Portal',
  },
  brand: {
    product: 'Portal',
    role: { patient: 'Patient', doctor: 'Doctor', hospital: 'Hospital', admin: 'Admin' },
  },
  nav: {
    label: 'Main navigation',
    openMenu: 'Open menu',
    menuTitle: 'Menu',
    hospitals: 'Hospitals',
    specialties: 'Specialties',
    invitations: 'Invite doctors',
    users: 'Users',
    activity: 'Activity log',
    profile: 'My profile',
    schedule: 'Schedule',
    availability: 'Availability',
    dashboard: 'Overview',
    adminDashboard: 'Overview',
    doctorProfile: 'Professional profile',
    myPatients: 'My patients',
    hospitalProfile: 'Hospital profile',
    services: 'Services and prices',
    doctors: 'Doctors',
    verification: 'Verification',
    catalogue: 'Catalogue',
    promotions: 'Promotions',
    payments: 'Payments',
    settings: 'System settings',
    verificationDocuments: 'Verification documents',
    reviews: 'Reviews',
    reviewModeration: 'Review moderation',
    notificationSettings: 'Notification settings',
    apiKeys: 'API keys',
    messages: 'Messages',
    messagesUnread: '{{count}} unread',
  },
  hospitals: {
    title: 'Hospitals',
    description: 'Verified hospitals, clinics and specialized centers that are currently active.',
    searchLabel: 'Search by name or street',
    searchPlaceholder: 'Hospital name or street',
    cityLabel: 'City',
    allCities: 'All cities',
    typeLabel: 'Type',
    allTypes: 'All types',
    clearFilters: 'Clear filters',
    type: {
      clinic: 'Clinic',
      hospital: 'Hospital',
      specialized_center: 'Specialized center',
    },
    table: {
      caption: 'Hospitals',
      name: 'Name',
      type: 'Type',
      city: 'City',
      specialties: 'Specialties',
      doctors: 'Doctors',
      rating: 'Rating',
    },
    noRating: 'None yet',
    ratingValue: '{{rating}} ({{count}})',
    ratingLabel_one: '{{rating}} out of 5, {{count}} review',
    ratingLabel_other: '{{rating}} out of 5, {{count}} reviews',
    specialtyCount_one: '{{count}} specialty',
    specialtyCount_other: '{{count}} specialties',
    rows: 'Rows {{from}}–{{to}}',
    emptyTitle: 'No hospitals match',
    emptyDescription: 'Try other words or fewer filters.',
    noneYetTitle: 'No hospitals yet',
    noneYetDescription: 'Hospitals appear here once they are verified.',
    errorTitle: 'Could not load hospitals',
  },
  specialties: {
    title: 'Specialties',
    description: 'The catalogue of specialties shared by doctors and hospitals.',
    searchLabel: 'Filter specialties',
    searchPlaceholder: 'Vietnamese or English name, or code',
    count_one: '{{count}} specialty',
    count_other: '{{count}} specialties',
    table: {
      caption: 'Specialty catalogue',
      name: 'Vietnamese name',
      nameEn: 'English name',
      slug: 'Code',
      doctors: 'Doctors',
      description: 'Description',
    },
    noDescription: 'No description yet',
    emptyTitle: 'No specialties match',
    emptyDescription: 'Try other words.',
    noneYetTitle: 'No specialties yet',
    noneYetDescription: 'The specialty catalogue is empty.',
    errorTitle: 'Could not load specialties',
  },
  notFound: {
    title: 'Page not found',
    description: 'This address does not exist in the portal.',
    backHome: 'Go to hospitals',
  },
  header: headerEn,
  roles: rolesEn,
  auth: authEn,
  invitation: invitationEn,
  account: accountEn,
  invitations: invitationsEn,
  users: usersEn,
  activity: activityEn,
  schedule: scheduleEn,
  availability: availabilityEn,
  dashboards: dashboardsEn,
  doctorProfile: doctorProfileEn,
  myPatients: myPatientsEn,
  records: recordsEn,
  chart: chartEn,
  reviews: reviewsEn,
  moderation: moderationEn,
  myHospital: myHospitalEn,
  hospitalServices: hospitalServicesEn,
  roster: rosterEn,
  registerHospital: registerHospitalEn,
  settings: settingsEn,
  schemaForm: schemaFormEn,
  catalogue: catalogueEn,
  promotions: promotionsEn,
  payments: paymentsEn,
  verification: verificationEn,
  verificationDocuments: verificationDocumentsEn,
  apiKeys: apiKeysEn,
  conversations: conversationsEn,
  notifications: notificationsEn,
}
