import { useEffect, useLayoutEffect, useRef } from 'react'

/** Runs the latest callback once calls stop for delayMs; cancel() drops a pending call. */
export function useDebouncedCallback<A extends unknown[]>(callback: (...args: A) => void, delayMs: number) {
  const latest = useRef(callback)
  useLayoutEffect(() => {
    latest.current = callback
  })
  const timer = useRef<number | undefined>(undefined)
  useEffect(() => () => window.clearTimeout(timer.current), [])

  return {
    call(...args: A) {
      window.clearTimeout(timer.current)
      timer.current = window.setTimeout(() => latest.current(...args), delayMs)
    },
    cancel() {
      window.clearTimeout(timer.current)
    },
  }
}
