import { LoadingScreen, PageErrorScreen } from '@medbook/ui'
import { createBrowserRouter } from 'react-router'
import { PortalIndex } from '../features/auth/portal-index'
import { RoleGate } from '../features/auth/require-role'
import { AuthLayout } from './auth-layout'
import { PortalLayout } from './portal-layout'
import { PortalRoot } from './portal-root'

export const router = createBrowserRouter(
  [
    {
      Component: PortalRoot,
      HydrateFallback: LoadingScreen,
      ErrorBoundary: PageErrorScreen,
      children: [
        {
          // signing in, passwords and invitations: no navigation, one card
          Component: AuthLayout,
          ErrorBoundary: PageErrorScreen,
          children: [
            {
              path: 'login',
              lazy: async () => ({ Component: (await import('../features/auth/login-page')).LoginPage }),
            },
            {
              path: 'forgot-password',
              lazy: async () => ({
                Component: (await import('../features/auth/forgot-password-page')).ForgotPasswordPage,
              }),
            },
            {
              path: 'reset-password',
              lazy: async () => ({
                Component: (await import('../features/auth/reset-password-page')).ResetPasswordPage,
              }),
            },
            {
              path: 'register-hospital',
              lazy: async () => ({
                Component: (await import('../features/register-hospital/register-hospital-page')).RegisterHospitalPage,
              }),
            },
            {
              path: 'register-hospital/verify',
              lazy: async () => ({
                Component: (await import('../features/register-hospital/verify-hospital-page')).VerifyHospitalPage,
              }),
            },
            {
              path: 'accept-invitation',
              lazy: async () => ({
                Component: (await import('../features/accept-invitation/accept-invitation-page')).AcceptInvitationPage,
              }),
            },
          ],
        },
        {
          Component: PortalLayout,
          children: [
            {
              // a second boundary inside the layout keeps the navigation usable when a page fails
              ErrorBoundary: PageErrorScreen,
              children: [
                { index: true, Component: PortalIndex },
                {
                  path: 'hospitals',
                  lazy: async () => ({
                    Component: (await import('../features/hospitals/hospitals-page')).HospitalsPage,
                  }),
                },
                {
                  path: 'specialties',
                  lazy: async () => ({
                    Component: (await import('../features/specialties/specialties-page')).SpecialtiesPage,
                  }),
                },
                {
                  element: <RoleGate roles={['hospital', 'doctor', 'admin']} />,
                  children: [
                    {
                      path: 'profile',
                      lazy: async () => ({ Component: (await import('../features/account/profile-page')).ProfilePage }),
                    },
                    {
                      path: 'messages',
                      lazy: async () => ({
                        Component: (await import('../features/messages/messages-page')).MessagesPage,
                      }),
                    },
                    {
                      path: 'messages/:conversationId',
                      lazy: async () => ({
                        Component: (await import('../features/messages/thread-page')).ThreadPage,
                      }),
                    },
                    {
                      path: 'notifications',
                      lazy: async () => ({
                        Component: (await import('../features/notifications/notifications-page')).NotificationsPage,
                      }),
                    },
                    {
                      path: 'notification-settings',
                      lazy: async () => ({
                        Component: (await import('../features/notifications/notification-settings-page'))
                          .NotificationSettingsPage,
                      }),
                    },
                    {
                      path: 'api-keys',
                      lazy: async () => ({
                        Component: (await import('../features/api-keys/api-keys-page')).ApiKeysPage,
                      }),
                    },
                  ],
                },
                {
                  element: <RoleGate roles={['hospital', 'doctor']} />,
                  children: [
                    {
                      path: 'schedule',
                      lazy: async () => ({
                        Component: (await import('../features/schedule/schedule-page')).SchedulePage,
                      }),
                    },
                    {
                      path: 'availability',
                      lazy: async () => ({
                        Component: (await import('../features/availability/availability-page')).AvailabilityPage,
                      }),
                    },
                    {
                      path: 'reviews',
                      lazy: async () => ({
                        Component: (await import('../features/reviews/reviews-page')).ReviewsPage,
                      }),
                    },
                    {
                      path: 'verification-documents',
                      lazy: async () => ({
                        Component: (await import('../features/verification-documents/verification-documents-page'))
                          .VerificationDocumentsPage,
                      }),
                    },
                  ],
                },
                {
                  element: <RoleGate roles={['doctor']} />,
                  children: [
                    {
                      path: 'my-profile',
                      lazy: async () => ({
                        Component: (await import('../features/doctor-profile/doctor-profile-page')).DoctorProfilePage,
                      }),
                    },
                    {
                      path: 'my-patients',
                      lazy: async () => ({
                        Component: (await import('../features/my-patients/my-patients-page')).MyPatientsPage,
                      }),
                    },
                    {
                      path: 'my-patients/:patientId',
                      lazy: async () => ({
                        Component: (await import('../features/medical-records/patient-chart-page')).PatientChartPage,
                      }),
                    },
                    {
                      path: 'schedule/visits/:appointmentId/record',
                      lazy: async () => ({
                        Component: (await import('../features/medical-records/record-editor-page')).RecordEditorPage,
                      }),
                    },
                  ],
                },
                {
                  element: <RoleGate roles={['hospital']} />,
                  children: [
                    {
                      path: 'dashboard',
                      lazy: async () => ({
                        Component: (await import('../features/dashboards/hospital-dashboard-page'))
                          .HospitalDashboardPage,
                      }),
                    },
                    {
                      path: 'invitations',
                      lazy: async () => ({
                        Component: (await import('../features/invitations/invitations-page')).InvitationsPage,
                      }),
                    },
                    {
                      path: 'hospital',
                      lazy: async () => ({
                        Component: (await import('../features/my-hospital/hospital-profile-page')).HospitalProfilePage,
                      }),
                    },
                    {
                      path: 'services',
                      lazy: async () => ({
                        Component: (await import('../features/hospital-services/services-page')).ServicesPage,
                      }),
                    },
                    {
                      path: 'doctors',
                      lazy: async () => ({ Component: (await import('../features/roster/roster-page')).RosterPage }),
                    },
                    {
                      path: 'payments',
                      lazy: async () => ({
                        Component: (await import('../features/payments/payments-page')).PaymentsPage,
                      }),
                    },
                  ],
                },
                {
                  element: <RoleGate roles={['admin']} />,
                  children: [
                    {
                      path: 'admin-dashboard',
                      lazy: async () => ({
                        Component: (await import('../features/dashboards/admin-dashboard-page')).AdminDashboardPage,
                      }),
                    },
                    {
                      path: 'users',
                      lazy: async () => ({ Component: (await import('../features/admin-users/users-page')).UsersPage }),
                    },
                    {
                      path: 'activity',
                      lazy: async () => ({
                        Component: (await import('../features/activity-log/activity-log-page')).ActivityLogPage,
                      }),
                    },
                    {
                      path: 'verification',
                      lazy: async () => ({
                        Component: (await import('../features/verification/verification-page')).VerificationPage,
                      }),
                    },
                    {
                      path: 'catalogue',
                      lazy: async () => ({
                        Component: (await import('../features/catalogue/catalogue-page')).CataloguePage,
                      }),
                    },
                    {
                      path: 'admin-payments',
                      lazy: async () => ({
                        Component: (await import('../features/payments/admin-payments-page')).AdminPaymentsPage,
                      }),
                    },
                    {
                      path: 'promotions',
                      lazy: async () => ({
                        Component: (await import('../features/promotions/promotions-page')).PromotionsPage,
                      }),
                    },
                    {
                      path: 'review-moderation',
                      lazy: async () => ({
                        Component: (await import('../features/reviews/moderation-page')).ModerationPage,
                      }),
                    },
                    {
                      path: 'settings',
                      lazy: async () => ({
                        Component: (await import('../features/settings/settings-page')).SettingsPage,
                      }),
                    },
                  ],
                },
                {
                  path: '*',
                  lazy: async () => ({ Component: (await import('./not-found-page')).NotFoundPage }),
                },
              ],
            },
          ],
        },
      ],
    },
  ],
  { basename: '/portal' },
)
