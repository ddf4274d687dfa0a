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
                  ],
                },
                {
                  element: <RoleGate roles={['hospital']} />,
                  children: [
                    {
                      path: 'invitations',
                      lazy: async () => ({
                        Component: (await import('../features/invitations/invitations-page')).InvitationsPage,
                      }),
                    },
                  ],
                },
                {
                  element: <RoleGate roles={['admin']} />,
                  children: [
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
