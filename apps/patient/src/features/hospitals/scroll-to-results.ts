export const RESULTS_SECTION_ID = 'hospital-results'

/** After a new search the results may be below the fold on a phone; bring them up. */
export function scrollToResults() {
  document.getElementById(RESULTS_SECTION_ID)?.scrollIntoView({ behavior: 'smooth', block: 'start' })
}
