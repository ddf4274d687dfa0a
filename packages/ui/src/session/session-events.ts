// The API said a signed-in request was not signed in: the session ended elsewhere (logged out
// on another device, blocked by an administrator, expired). The query client reports it here;
// the session watcher forgets the user, and the page guards send the reader to log in with a
// message saying why.

const listeners = new Set<() => void>()
let ended = false

export function onSessionEnded(listener: () => void): () => void {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

export function reportSessionEnded(): void {
  for (const listener of listeners) listener()
}

/** Remembers that a session ended under the reader, until the next sign-in. */
export function markSessionEnded(value: boolean): void {
  ended = value
}

export function sessionHasEnded(): boolean {
  return ended
}

let signingOut = false

/**
 * A log out in progress. The router commits the next page in a transition, after the user is
 * already forgotten; meanwhile the old page's guard must not send the reader to log in again.
 * The session watcher clears it once the next page is showing.
 */
export function markSigningOut(value: boolean): void {
  signingOut = value
}

export function isSigningOut(): boolean {
  return signingOut
}
