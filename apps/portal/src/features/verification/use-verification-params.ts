import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import type { ApplicantKind, ApplicationStatus } from './verification-types'

export type StatusFilter = ApplicationStatus | 'all'
const STATUSES: readonly StatusFilter[] = ['pending', 'rejected', 'unverified', 'all']

/** Tab, status filter and the open application live in the address bar (?tab=&status=&id=). */
export function useVerificationParams() {
  const [params, setParams] = useSearchParams()
  const state = useMemo(() => {
    const status = params.get('status')
    return {
      tab: (params.get('tab') === 'doctors' ? 'doctors' : 'hospitals') as ApplicantKind,
      status: (STATUSES.find((entry) => entry === status) ?? 'pending') as StatusFilter,
      id: params.get('id'),
    }
  }, [params])

  const update = useCallback(
    (changes: Partial<{ tab: ApplicantKind; status: StatusFilter; id: string | null }>) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          // another tab starts without a filter or an open application
          if (changes.tab !== undefined) {
            next.delete('status')
            next.delete('id')
            if (changes.tab === 'doctors') next.set('tab', 'doctors')
            else next.delete('tab')
          }
          if (changes.status !== undefined) {
            if (changes.status === 'pending') next.delete('status')
            else next.set('status', changes.status)
          }
          if (changes.id !== undefined) {
            if (changes.id) next.set('id', changes.id)
            else next.delete('id')
          }
          return next
        },
        { replace: true, preventScrollReset: true },
      ),
    [setParams],
  )
  return { ...state, update }
}
