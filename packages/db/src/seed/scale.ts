export type SeedScale = 'default' | 'benchmark'

export interface ScalePlan {
  admins: number
  hospitals: number
  doctors: number
  patients: number
  appointments: number
  /** days of history before today, and days bookable after it (booking.horizonDays) */
  pastDays: number
  futureDays: number
}

export const SCALES: Record<SeedScale, ScalePlan> = {
  default: {
    admins: 3,
    hospitals: 36,
    doctors: 320,
    patients: 2_200,
    appointments: 22_000,
    pastDays: 120,
    futureDays: 59,
  },
  benchmark: {
    admins: 5,
    hospitals: 300,
    doctors: 10_000,
    patients: 100_000,
    appointments: 1_000_000,
    pastDays: 120,
    futureDays: 59,
  },
}

export const DEFAULT_RANDOM_SEED = 20261124
