import type { favoritesVi } from '../vi/favorites'

export const favoritesEn: typeof favoritesVi = {
  title: 'Favourite doctors',
  description: 'Doctors you saved, to see again or book quickly.',
  listLabel: 'Favourite doctors',
  count_one: '{{count}} favourite doctor',
  count_other: '{{count}} favourite doctors',
  emptyTitle: 'No favourite doctors yet',
  emptyDescription: 'Press the heart in search results or on a doctor’s page to keep them here.',
  findDoctors: 'Find a doctor',
  favorite: 'Favourite',
  toggleLabel: 'Favourite {{name}}',
  addFailed: 'Could not add {{name}} to your favourites',
  removeFailed: 'Could not remove {{name}} from your favourites',
  rating: 'Rated {{rating}} out of 5',
  fee: 'Consultation fee',
  book: 'Book',
  bookWith: 'Book with {{name}}',
}
