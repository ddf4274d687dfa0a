import { LoadingScreen, PageErrorScreen } from '@medbook/ui'
import { createBrowserRouter, Navigate } from 'react-router'
import { PortalLayout } from './portal-layout'

export const router = createBrowserRouter(
  [
    {
      Component: PortalLayout,
      HydrateFallback: LoadingScreen,
      ErrorBoundary: PageErrorScreen,
      children: [
        {
          // a second boundary inside the layout keeps the navigation usable when a page fails
          ErrorBoundary: PageErrorScreen,
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
