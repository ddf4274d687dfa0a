import { useCallback, useState } from 'react'

export type PositionStatus = 'idle' | 'locating' | 'failed'

/** The browser's position on request, to fill in the hospital's coordinates for someone standing in it. */
export function useCurrentPosition(onPosition: (latitude: number, longitude: number) => void) {
  const [status, setStatus] = useState<PositionStatus>('idle')
  const locate = useCallback(() => {
    if (!('geolocation' in navigator)) return setStatus('failed')
    setStatus('locating')
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setStatus('idle')
        onPosition(position.coords.latitude, position.coords.longitude)
      },
      () => setStatus('failed'),
      { enableHighAccuracy: true, timeout: 15_000 },
    )
  }, [onPosition])
  return { status, locate }
}
