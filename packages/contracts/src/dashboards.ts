import { z } from 'zod'
import { ZAppointmentStatus, ZConsultationType, ZDoctorStatus, ZHospitalStatus, ZUserRole } from './enums.js'
import { ZIsoDate } from './json-shapes.js'

/** The longest range a dashboard answers for: a year, leap or not (to − from, in days). */
export const DASHBOARD_MAX_RANGE_DAYS = 366

const DAY_MS = 86_400_000
const ZCount = z.number().int()

/** Two hospital-local calendar days, both included. */
export const ZDashboardRangeInput = z
  .object({ from: ZIsoDate, to: ZIsoDate })
  .refine((r) => r.from <= r.to, { message: 'from_after_to', path: ['to'] })
  .refine((r) => Date.parse(r.to) - Date.parse(r.from) <= DASHBOARD_MAX_RANGE_DAYS * DAY_MS, {
    message: 'range_too_long',
    path: ['to'],
  })

export const ZHospitalDashboard = z.object({
  /** the hospital's zone: every date below is a calendar day there */
  timeZone: z.string(),
  /** days without appointments are left out */
  perDay: z.array(z.object({ date: ZIsoDate, status: ZAppointmentStatus, count: ZCount })),
  /** no-shows among the visits that were due (completed + no-show); null when none were */
  noShowRate: z.number().nullable(),
  /** integer VND per day, net of refunds, from completed and refunded payments */
  revenue: z.array(z.object({ date: ZIsoDate, amount: ZCount })),
  revenueTotal: ZCount,
  busiestDoctors: z.array(
    z.object({
      id: z.string().uuid(),
      name: z.string(),
      appointments: ZCount,
      completed: ZCount,
      rating: z.number(),
    }),
  ),
  /**
   * Appointments carry no service of their own: the hospital's services are measured by the
   * specialties of the doctors seen (a doctor with two specialties counts for both).
   */
  busiestSpecialties: z.array(
    z.object({ id: z.string().uuid(), name: z.string(), nameEn: z.string(), appointments: ZCount }),
  ),
  /** in-person and online appointments in the range */
  byType: z.array(z.object({ type: ZConsultationType, count: ZCount })),
  /** the hospital's rating from approved reviews, all time */
  rating: z.object({ average: z.number(), count: ZCount }),
})

export const ZAdminDashboardInput = z
  .object({
    /** how many weeks of growth, ending with the current week */
    weeks: z.number().int().min(4).max(52).default(12),
  })
  .optional()

const ZPendingItem = z.object({ id: z.string().uuid(), name: z.string(), createdAt: z.date() })

export const ZAdminDashboard = z.object({
  usersByRole: z.array(z.object({ role: ZUserRole, count: ZCount })),
  hospitals: z.array(z.object({ status: ZHospitalStatus, verified: z.boolean(), count: ZCount })),
  doctorsByStatus: z.array(z.object({ status: ZDoctorStatus, count: ZCount })),
  /** appointments due in the last thirty days, up to now (a rescheduled one counts once) */
  appointmentsLast30Days: ZCount,
  /** kept for older clients: new accounts per week (the same weeks as `growth`) */
  newUsersPerWeek: z.array(z.object({ week: ZIsoDate, users: ZCount })),
  /**
   * Per week (from Monday 00:00 in Vietnam), oldest first, every week present: new patient
   * accounts, doctors and hospitals, and the appointments due that week up to now.
   */
  growth: z.array(
    z.object({
      week: ZIsoDate,
      patients: ZCount,
      doctors: ZCount,
      hospitals: ZCount,
      appointments: ZCount,
    }),
  ),
  pending: z.object({ hospitals: ZCount, doctors: ZCount }),
  /** the longest-waiting applications, oldest first (up to five of each) */
  oldestPending: z.object({ hospitals: z.array(ZPendingItem), doctors: z.array(ZPendingItem) }),
})

export type TDashboardRangeInput = z.infer<typeof ZDashboardRangeInput>
export type THospitalDashboard = z.infer<typeof ZHospitalDashboard>
export type TAdminDashboard = z.infer<typeof ZAdminDashboard>
