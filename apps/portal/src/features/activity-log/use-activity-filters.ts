import { ZIsoDate, ZListActivityLogsInput, ZUserRole } from '@medbook/contracts'
import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import type { z } from 'zod'

export interface ActivityFilters {
  action?: string
  role?: z.infer<typeof ZUserRole>
  /** YYYY-MM-DD, the first day shown */
  from?: string
  /** YYYY-MM-DD, the last day shown */
  to?: string
  userId?: string
}

const KEYS = ['action', 'role', 'from', 'to', 'userId'] as const

/** A calendar day's start in the reader's zone. */
function startOfDay(iso: string, plusDays = 0): Date {
  const [year = 0, month = 1, day = 1] = iso.split('-').map(Number)
  return new Date(year, month - 1, day + plusDays)
}

/** The API's filters: "to" is exclusive, so the last day chosen runs to the next midnight. */
export function toQueryInput(
  filters: ActivityFilters,
): Omit<z.input<typeof ZListActivityLogsInput>, 'cursor' | 'limit'> {
  return {
    action: filters.action,
    role: filters.role,
    userId: filters.userId,
    from: filters.from ? startOfDay(filters.from) : undefined,
    to: filters.to ? startOfDay(filters.to, 1) : undefined,
  }
}

/** Filters live in the address bar, so a filtered log can be shared and reloaded. */
export function useActivityFilters() {
  const [params, setParams] = useSearchParams()

  const filters = useMemo<ActivityFilters>(() => {
    const read = <T>(key: (typeof KEYS)[number], schema: z.ZodType<T>) => {
      const parsed = schema.safeParse(params.get(key) || undefined)
      return parsed.success ? parsed.data : undefined
    }
    return {
      action: read('action', ZListActivityLogsInput.shape.action),
      role: read('role', ZUserRole.optional()),
      from: read('from', ZIsoDate.optional()),
      to: read('to', ZIsoDate.optional()),
      userId: read('userId', ZListActivityLogsInput.shape.userId),
    }
  }, [params])

  const updateFilters = useCallback(
    (changes: Partial<ActivityFilters>) =>
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

  const clearFilters = useCallback(() => setParams(new URLSearchParams(), { replace: true }), [setParams])
  return { filters, hasFilters: KEYS.some((key) => filters[key]), updateFilters, clearFilters }
}
