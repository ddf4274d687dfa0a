import { accountEn, headerEn } from './en/account'
import { apiKeysEn } from './en/api-keys'
import { appointmentsEn } from './en/appointments'
import { authEn } from './en/auth'
import { bookingEn } from './en/booking'
import { conversationsEn } from './en/conversations'
import { doctorsEn, mainNavEn } from './en/doctors'
import { familyEn } from './en/family'
import { favoritesEn } from './en/favorites'
import { hospitalPageEn } from './en/hospital-page'
import { medicalEn } from './en/medical'
import { notificationsEn } from './en/notifications'
import { paymentsEn } from './en/payments'
import { recordsEn } from './en/records'
import { reviewsEn } from './en/reviews'
import { securityEn } from './en/security'
import { waitlistEn } from './en/waitlist'
import type { PatientMessages } from './messages-vi'

export const messagesEn: PatientMessages = {
  meta: {
    title: 'MedBook · Book a doctor online',
  },
  footer: {
    tagline: 'Find hospitals and clinics and book medical appointments in Vietnam.',
    copyright: '© {{year}} MedBook',
  },
  hero: {
    eyebrow: 'Book a visit without the queue',
    title: 'Find the right hospital or clinic for you',
    subtitle: 'Search by name, street, city and specialty. See opening hours, ratings and doctors before you go.',
  },
  stats: {
    hospitals_one: '{{count}} verified hospital or clinic',
    hospitals_other: '{{count}} verified hospitals and clinics',
    cities_one: 'In {{count}} city',
    cities_other: 'In {{count}} cities',
    specialties_one: '{{count}} specialty',
    specialties_other: '{{count}} specialties',
  },
  search: {
    label: 'Hospital name or street',
    placeholder: 'For example: {{examples}}',
    queryTooLong: 'Use at most 100 characters.',
    cityLabel: 'City',
    allCities: 'All cities',
    cityOption: '{{city}} ({{count}})',
    submit: 'Search',
  },
  specialties: {
    title: 'Browse by specialty',
    subtitle: 'Pick a specialty to see the hospitals and clinics that offer it.',
    doctorCount_one: '{{count}} doctor',
    doctorCount_other: '{{count}} doctors',
    showAll: 'Show all {{count}} specialties',
    showFewer: 'Show fewer',
    emptyTitle: 'No specialties yet',
    emptyDescription: 'Specialties appear here as hospitals and clinics add them.',
    errorTitle: 'Could not load specialties',
  },
  hospitals: {
    title: 'Hospitals and clinics',
    showing_one: 'Showing {{count}} place',
    showing_other: 'Showing {{count}} places',
    activeFilters: 'Active filters',
    filterQuery: 'Search: {{query}}',
    filterCity: 'City: {{city}}',
    filterSpecialty: 'Specialty: {{specialty}}',
    clearFilters: 'Clear filters',
    emptyTitle: 'No hospitals or clinics match',
    emptyDescription: 'Try other words, another city, or fewer filters.',
    noneYetTitle: 'No hospitals or clinics yet',
    noneYetDescription: 'Hospitals and clinics appear here once they are verified.',
    errorTitle: 'Could not load hospitals and clinics',
    type: {
      clinic: 'Clinic',
      hospital: 'Hospital',
      specialized_center: 'Specialized center',
    },
    ratingLabel_one: 'Rated {{rating}} out of 5 by {{count}} review',
    ratingLabel_other: 'Rated {{rating}} out of 5 by {{count}} reviews',
    noRating: 'No reviews yet',
    doctorCount_one: '{{count}} doctor',
    doctorCount_other: '{{count}} doctors',
    todayHours: 'Today {{open}}–{{close}}',
    closedToday: 'Closed today',
    openNow: 'Open now',
    closedNow: 'Closed now',
    moreSpecialties: '+{{count}} more',
    specialtiesLabel: 'Specialties',
    details: 'View details',
    detailsFor: 'View details of {{name}}',
  },
  hospitalDetails: {
    weeklyHours: 'Opening hours',
    day: 'Day',
    hours: 'Hours',
    closed: 'Closed',
    today: 'Today',
    specialties: 'Specialties',
    facilities: 'Facilities',
    noSpecialties: 'This place has not listed its specialties yet.',
    noFacilities: 'This place has not listed its facilities yet.',
  },
  days: {
    monday: 'Monday',
    tuesday: 'Tuesday',
    wednesday: 'Wednesday',
    thursday: 'Thursday',
    friday: 'Friday',
    saturday: 'Saturday',
    sunday: 'Sunday',
  },
  notFound: {
    title: 'Page not found',
    description: 'This address does not exist or has moved.',
    backHome: 'Go to the home page',
  },
  header: headerEn,
  auth: authEn,
  account: accountEn,
  medical: medicalEn,
  family: familyEn,
  favorites: favoritesEn,
  security: securityEn,
  apiKeys: apiKeysEn,
  mainNav: mainNavEn,
  doctors: doctorsEn,
  booking: bookingEn,
  appointments: appointmentsEn,
  waitlist: waitlistEn,
  notifications: notificationsEn,
  payments: paymentsEn,
  hospitalPage: hospitalPageEn,
  records: recordsEn,
  reviews: reviewsEn,
  conversations: conversationsEn,
}
