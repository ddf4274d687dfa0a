import { useEffect, useRef } from 'react'
import { MAIN_CONTENT_ID } from '../components/app-shell'

/**
 * After a client-side navigation, moves focus to the new page's h1 (or the main region), as a
 * full page load would: screen readers announce the page and Tab starts from its top.
 * Pass the router's pathname; the first render (the page load itself) is left alone.
 */
export function useRouteFocus(pathname: string) {
  const previous = useRef(pathname)
  useEffect(() => {
    if (previous.current === pathname) return
    previous.current = pathname
    let frame = 0
    let tries = 0
    const focus = () => {
      const main = document.getElementById(MAIN_CONTENT_ID)
      const heading = main?.querySelector<HTMLElement>('h1')
      // a dialog that opened meanwhile keeps its focus
      if (document.activeElement?.closest('[role="dialog"],[role="alertdialog"]')) return
      if (heading) {
        heading.tabIndex = -1
        heading.focus()
      } else if (tries++ < 20) {
        frame = requestAnimationFrame(focus)
      } else {
        main?.focus()
      }
    }
    frame = requestAnimationFrame(focus)
    return () => cancelAnimationFrame(frame)
  }, [pathname])
}
