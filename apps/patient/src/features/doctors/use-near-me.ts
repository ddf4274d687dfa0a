import type { ZGeoPoint } from '@medbook/contracts'
import { useCallback, useState } from 'react'
import type { z } from 'zod'

type GeoPoint = z.infer<typeof ZGeoPoint>

export type NearMe =
  | { status: 'idle' | 'locating' | 'denied' | 'unsupported'; point: null }
  | { status: 'ready'; point: GeoPoint }

// kept for the visit: coming back from a doctor's page must not ask the browser again
let remembered: GeoPoint | null = null

/** The reader's position for "nearest first", asked of the browser only when they choose it. */
export function useNearMe() {
  const [state, setState] = useState<NearMe>(() =>
    remembered ? { status: 'ready', point: remembered } : { status: 'idle', point: null },
  )

  const locate = useCallback(() => {
    if (remembered) return setState({ status: 'ready', point: remembered })
    if (!('geolocation' in navigator)) return setState({ status: 'unsupported', point: null })
    setState({ status: 'locating', point: null })
    navigator.geolocation.getCurrentPosition(
      (position) => {
        // three decimals (about 100 m) is all a distance sort needs
        const round = (value: number) => Math.round(value * 1000) / 1000
        remembered = { latitude: round(position.coords.latitude), longitude: round(position.coords.longitude) }
        setState({ status: 'ready', point: remembered })
      },
      () => setState({ status: 'denied', point: null }),
      { enableHighAccuracy: false, timeout: 10_000, maximumAge: 10 * 60_000 },
    )
  }, [])

  const reset = useCallback(
    () => setState((current) => (current.point ? current : { status: 'idle', point: null })),
    [],
  )

  return { ...state, locate, reset }
}
