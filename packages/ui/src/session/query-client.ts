import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
import { forgetUnsentMessages } from '../conversations/unsent-messages'
import { readServerError } from '../forms/server-error'
import { reportSessionEnded } from './session-events'

/** Procedures whose UNAUTHORIZED means "wrong credentials" or "already signed out", not "your session ended". */
const SIGN_IN_PATHS = new Set(['auth.login', 'auth.logout'])

function checkSessionEnded(error: unknown) {
  if (readServerError(error).code !== 'UNAUTHORIZED') return
  const path = (error as { data?: { path?: unknown } }).data?.path
  if (typeof path === 'string' && SIGN_IN_PATHS.has(path)) return
  reportSessionEnded()
}

/** Retries only what a retry can fix: lost connections and server errors, never a refusal. */
function shouldRetry(failureCount: number, error: unknown) {
  const { code } = readServerError(error)
  return failureCount < 1 && (code === null || code === 'INTERNAL_SERVER_ERROR')
}

export function createQueryClient() {
  return new QueryClient({
    queryCache: new QueryCache({ onError: checkSessionEnded }),
    mutationCache: new MutationCache({ onError: checkSessionEnded }),
    defaultOptions: {
      queries: {
        // catalogue data (hospitals, specialties) changes rarely; a minute keeps navigation instant
        staleTime: 60_000,
        retry: shouldRetry,
        refetchOnWindowFocus: false,
      },
    },
  })
}

/**
 * Query keys that survive a change of user: public catalogues, and "who is signed in" itself,
 * which the caller overwrites (removing it would strand the screens that watch it).
 */
const KEPT_ROOTS = new Set(['hospitals', 'specialties', 'auth'])

/** Forgets everything that belonged to the account that was signed in. */
export function forgetPrivateData(queryClient: QueryClient) {
  forgetUnsentMessages()
  queryClient.removeQueries({
    predicate: (query) => {
      const root = query.queryKey[0]
      const domain = Array.isArray(root) ? root[0] : undefined
      return !(typeof domain === 'string' && KEPT_ROOTS.has(domain))
    },
  })
}
