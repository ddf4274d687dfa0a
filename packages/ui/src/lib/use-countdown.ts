import { useEffect, useState } from 'react'

/** Whole seconds left until `target` (epoch ms), ticking once a second; 0 once it has passed. */
export function useCountdown(target: number | null): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    setNow(Date.now())
    if (target === null || target <= Date.now()) return
    const timer = window.setInterval(() => {
      const current = Date.now()
      setNow(current)
      if (current >= target) window.clearInterval(timer)
    }, 1000)
    return () => window.clearInterval(timer)
  }, [target])
  if (target === null) return 0
  return Math.max(0, Math.ceil((target - now) / 1000))
}

/** 125 → "2:05" */
export function formatSeconds(seconds: number): string {
  const minutes = Math.floor(seconds / 60)
  return `${minutes}:${String(seconds % 60).padStart(2, '0')}`
}
