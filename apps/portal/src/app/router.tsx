import { Navigate, createBrowserRouter } from 'react-router'
import { AppLoading } from './app-loading'
import { PortalLayout } from './portal-layout'
import { RouteErrorPage } from './route-error-page'

export const router = createBrowserRouter(
  [
    {
      Component: PortalLayout,
      HydrateFallback: AppLoading,
      ErrorBoundary: RouteErrorPage,
      children: [
        {
          // a second boundary inside the layout keeps the navigation usable when a page fails
          ErrorBoundary: RouteErrorPage,
          children: [
            { index: true, element: <Navigate to="/hospitals" replace /> },
            {
              path: 'hospitals',
              lazy: async () => ({ Component: (await import('../features/hospitals/hospitals-page')).HospitalsPage }),
            },
            {
              path: 'specialties',
              lazy: async () => ({
                Component: (await import('../features/specialties/specialties-page')).SpecialtiesPage,
              }),
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
  { basename: '/portal' },
)
