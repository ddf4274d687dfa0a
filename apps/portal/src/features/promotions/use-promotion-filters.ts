import { ZListPromotionsInput } from '@medbook/contracts'
import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import type { z } from 'zod'

type ListPromotionsInput = z.input<typeof ZListPromotionsInput>
export type PromotionFilters = Pick<ListPromotionsInput, 'code' | 'status'>

const KEYS = ['code', 'status'] as const

/** Filters live in the address bar (?code=&status=) so a filtered list can be shared and reloaded. */
export function usePromotionFilters() {
  const [params, setParams] = useSearchParams()

  const filters = useMemo<PromotionFilters>(() => {
    // a hand-edited address must not turn into a failed request: drop what does not validate
    const read = <T>(key: (typeof KEYS)[number], schema: z.ZodType<T>) => {
      const parsed = schema.safeParse(params.get(key) || undefined)
      return parsed.success ? parsed.data : undefined
    }
    return {
      code: read('code', ZListPromotionsInput.shape.code),
      status: read('status', ZListPromotionsInput.shape.status),
    }
  }, [params])

  const updateFilters = useCallback(
    (changes: PromotionFilters) =>
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

  const clearFilters = useCallback(() => updateFilters({ code: undefined, status: undefined }), [updateFilters])
  return { filters, hasFilters: KEYS.some((key) => filters[key]), updateFilters, clearFilters }
}
