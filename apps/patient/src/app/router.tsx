import { createBrowserRouter } from 'react-router'
import { AppLoading } from './app-loading'
import { RootLayout } from './root-layout'
import { RouteErrorPage } from './route-error-page'

export const router = createBrowserRouter([
  {
    Component: RootLayout,
    HydrateFallback: AppLoading,
    ErrorBoundary: RouteErrorPage,
    children: [
      {
        // a second boundary inside the layout keeps the header usable when a page fails
        ErrorBoundary: RouteErrorPage,
        children: [
          {
            index: true,
            lazy: async () => ({ Component: (await import('../features/home/home-page')).HomePage }),
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
