import { LoadingScreen, PageErrorScreen } from '@medbook/ui'
import { createBrowserRouter, Navigate } from 'react-router'
import { RootLayout } from './root-layout'

export const router = createBrowserRouter([
  {
    Component: RootLayout,
    HydrateFallback: LoadingScreen,
    ErrorBoundary: PageErrorScreen,
    children: [
      {
        // a second boundary inside the layout keeps the header usable when a page fails
        ErrorBoundary: PageErrorScreen,
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import('../features/home/home-page')).HomePage }),
          },
          // finding a doctor, booking, and the patient's appointments
          {
            path: 'doctors',
            lazy: async () => ({
              Component: (await import('../features/doctors/doctor-search-page')).DoctorSearchPage,
            }),
          },
          {
            path: 'doctors/:doctorId',
            lazy: async () => ({
              Component: (await import('../features/doctors/doctor-profile-page')).DoctorProfilePage,
            }),
          },
          {
            path: 'hospitals/:hospitalId',
            lazy: async () => ({ Component: (await import('../features/hospitals/hospital-page')).HospitalPage }),
          },
          {
            path: 'book',
            lazy: async () => ({ Component: (await import('../features/booking/booking-page')).BookingPage }),
          },
          {
            path: 'book/done/:appointmentId',
            lazy: async () => ({
              Component: (await import('../features/booking/booking-success-page')).BookingSuccessPage,
            }),
          },
          {
            path: 'appointments',
            lazy: async () => ({
              Component: (await import('../features/appointments/appointments-page')).AppointmentsPage,
            }),
          },
          {
            path: 'appointments/:appointmentId',
            lazy: async () => ({
              Component: (await import('../features/appointments/appointment-detail-page')).AppointmentDetailPage,
            }),
          },
          {
            path: 'appointments/:appointmentId/reschedule',
            lazy: async () => ({
              Component: (await import('../features/appointments/reschedule-page')).ReschedulePage,
            }),
          },
          // conversations with doctors and hospitals' desks
          {
            path: 'messages',
            lazy: async () => ({ Component: (await import('../features/messages/messages-page')).MessagesPage }),
          },
          {
            path: 'messages/:conversationId',
            lazy: async () => ({ Component: (await import('../features/messages/thread-page')).ThreadPage }),
          },
          // the records doctors shared, and who opened them
          {
            path: 'records',
            lazy: async () => ({ Component: (await import('../features/records/records-page')).RecordsPage }),
          },
          {
            path: 'records/access',
            lazy: async () => ({ Component: (await import('../features/records/access-log-page')).AccessLogPage }),
          },
          {
            path: 'records/:recordId',
            lazy: async () => ({ Component: (await import('../features/records/record-page')).RecordPage }),
          },
          {
            path: 'notifications',
            lazy: async () => ({
              Component: (await import('../features/notifications/notifications-page')).NotificationsPage,
            }),
          },
          // paying for visits: the history, and the gateways' return address
          {
            path: 'payments',
            lazy: async () => ({ Component: (await import('../features/payments/payments-page')).PaymentsPage }),
          },
          {
            path: 'payments/:paymentId',
            lazy: async () => ({
              Component: (await import('../features/payments/payment-result-page')).PaymentResultPage,
            }),
          },
          {
            path: 'signup',
            lazy: async () => ({ Component: (await import('../features/auth/signup-page')).SignUpPage }),
          },
          {
            path: 'verify',
            lazy: async () => ({ Component: (await import('../features/auth/verify-page')).VerifyPage }),
          },
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
            path: 'account',
            lazy: async () => ({ Component: (await import('../features/account/account-layout')).AccountLayout }),
            children: [
              { index: true, element: <Navigate to="profile" replace /> },
              {
                path: 'profile',
                lazy: async () => ({ Component: (await import('../features/account/profile-page')).ProfilePage }),
              },
              {
                path: 'medical',
                lazy: async () => ({ Component: (await import('../features/medical/medical-page')).MedicalPage }),
              },
              {
                path: 'family',
                lazy: async () => ({ Component: (await import('../features/family/family-page')).FamilyPage }),
              },
              {
                path: 'favorites',
                lazy: async () => ({
                  Component: (await import('../features/favorites/favorites-page')).FavoritesPage,
                }),
              },
              {
                path: 'security',
                lazy: async () => ({ Component: (await import('../features/security/security-page')).SecurityPage }),
              },
              {
                path: 'notifications',
                lazy: async () => ({
                  Component: (await import('../features/notifications/notification-settings-page'))
                    .NotificationSettingsPage,
                }),
              },
              {
                path: 'api-keys',
                lazy: async () => ({ Component: (await import('../features/api-keys/api-keys-page')).ApiKeysPage }),
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
])
