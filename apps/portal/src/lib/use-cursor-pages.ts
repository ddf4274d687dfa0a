import { useState } from 'react'

/**
 * Page-by-page navigation over a cursor-paginated list. The server only knows "the page after
 * this cursor", so going back replays the cursors already seen. A new resetKey (other filters)
 * starts again at page 1.
 */
export function useCursorPages(resetKey: string) {
  const [state, setState] = useState<{ key: string; cursors: string[] }>({ key: resetKey, cursors: [] })
  const cursors = state.key === resetKey ? state.cursors : []

  return {
    /** undefined on the first page */
    cursor: cursors.at(-1),
    page: cursors.length + 1,
    hasPrevious: cursors.length > 0,
    next: (nextCursor: string) => setState({ key: resetKey, cursors: [...cursors, nextCursor] }),
    previous: () => setState({ key: resetKey, cursors: cursors.slice(0, -1) }),
  }
}
