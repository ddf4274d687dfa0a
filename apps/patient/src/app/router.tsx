import { LoadingScreen, PageErrorScreen } from '@medbook/ui'
import { createBrowserRouter } from 'react-router'
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
          {
            path: '*',
            lazy: async () => ({ Component: (await import('./not-found-page')).NotFoundPage }),
          },
        ],
      },
    ],
  },
])
