import { adminRouter } from './admin/router.js'
import { apiKeysRouter } from './api-keys/router.js'
import { appointmentsRouter } from './appointments/router.js'
import { authRouter } from './auth/router.js'
import { availabilityRouter } from './availability/router.js'
import { catalogueRouter } from './catalogue/router.js'
import { conversationsRouter } from './conversations/router.js'
import { dashboardsRouter } from './dashboards/router.js'
import { doctorSchedulesRouter } from './doctor-schedules/router.js'
import { doctorSelfRouter } from './doctor-self/router.js'
import { doctorsRouter } from './doctors/router.js'
import { familyRouter } from './family/router.js'
import { myHospitalRouter } from './hospital-admin/router.js'
import { hospitalsRouter } from './hospitals/router.js'
import { invitationsRouter } from './invitations/router.js'
import { medicalRecordsRouter } from './medical-records/router.js'
import { notificationsRouter } from './notifications/router.js'
import { patientsRouter } from './patients/router.js'
import { paymentsRouter } from './payments/router.js'
import { profileRouter } from './profile/router.js'
import { promotionsRouter } from './promotions/router.js'
import { realtimeRouter } from './realtime/router.js'
import { reviewsRouter } from './reviews/router.js'
import { scheduleRouter } from './schedule/router.js'
import { sessionsRouter } from './sessions/router.js'
import { settingsRouter } from './settings/router.js'
import { specialtiesRouter } from './specialties/router.js'
import { createCallerFactory, router } from './trpc.js'
import { verificationRouter } from './verification/router.js'
import { waitlistRouter } from './waitlist/router.js'

export const appRouter = router({
  auth: authRouter,
  sessions: sessionsRouter,
  apiKeys: apiKeysRouter,
  profile: profileRouter,
  patients: patientsRouter,
  family: familyRouter,
  invitations: invitationsRouter,
  admin: adminRouter,
  settings: settingsRouter,
  verification: verificationRouter,
  myHospital: myHospitalRouter,
  catalogue: catalogueRouter,
  dashboards: dashboardsRouter,
  specialties: specialtiesRouter,
  availability: availabilityRouter,
  appointments: appointmentsRouter,
  payments: paymentsRouter,
  waitlist: waitlistRouter,
  schedule: scheduleRouter,
  doctorSchedules: doctorSchedulesRouter,
  doctorSelf: doctorSelfRouter,
  hospitals: hospitalsRouter,
  doctors: doctorsRouter,
  promotions: promotionsRouter,
  reviews: reviewsRouter,
  medicalRecords: medicalRecordsRouter,
  conversations: conversationsRouter,
  notifications: notificationsRouter,
  realtime: realtimeRouter,
})

export type AppRouter = typeof appRouter
export const createCaller = createCallerFactory(appRouter)
