import { ZListUsersInput } from '@medbook/contracts'
import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import type { z } from 'zod'

type ListUsersInput = z.input<typeof ZListUsersInput>
export type UserFilters = Pick<ListUsersInput, 'query' | 'role' | 'status'>

const KEYS = ['query', 'role', 'status'] as const

/** Filters live in the address bar (?query=&role=&status=) so a filtered list can be shared and reloaded. */
export function useUserFilters() {
  const [params, setParams] = useSearchParams()

  const filters = useMemo<UserFilters>(() => {
    // a hand-edited address must not turn into a failed request: drop what does not validate
    const read = <T>(key: (typeof KEYS)[number], schema: z.ZodType<T>) => {
      const parsed = schema.safeParse(params.get(key) || undefined)
      return parsed.success ? parsed.data : undefined
    }
    return {
      query: read('query', ZListUsersInput.shape.query),
      role: read('role', ZListUsersInput.shape.role),
      status: read('status', ZListUsersInput.shape.status),
    }
  }, [params])

  const updateFilters = useCallback(
    (changes: UserFilters) =>
      setParams(
        (current) => {
          const next = new URLSearchParams(current)
          for (const [key, value] of Object.entries(changes)) {
            if (value) next.set(key, value)
            else next.delete(key)
          }
          return next
        },
        { replace: true },
      ),
    [setParams],
  )

  const clearFilters = useCallback(
    () => updateFilters({ query: undefined, role: undefined, status: undefined }),
    [updateFilters],
  )
  return { filters, hasFilters: KEYS.some((key) => filters[key]), updateFilters, clearFilters }
}
