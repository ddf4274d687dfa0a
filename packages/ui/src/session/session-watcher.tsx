import { useEffect, useRef } from 'react'
import { useLocation } from 'react-router'
import { markSessionEnded, markSigningOut, onSessionEnded } from './session-events'
import { useSession, useSignedOut } from './use-session'

/**
 * When the API reports that the session ended (blocked account, logged out elsewhere,
 * expired), the user is forgotten at once: the header shows "log in", and a page that needs
 * an account sends the reader to the log-in page with the reason, to come back after.
 */
export function SessionWatcher() {
  const session = useSession()
  const signedOut = useSignedOut()
  const { pathname } = useLocation()
  const signedIn = useRef(false)
  signedIn.current = Boolean(session.data)

  useEffect(
    () =>
      onSessionEnded(() => {
        if (!signedIn.current) return
        markSessionEnded(true)
        signedOut()
      }),
    [signedOut],
  )

  // a log out has reached its next page
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs once per page change, by design
  useEffect(() => markSigningOut(false), [pathname])
  return null
}
