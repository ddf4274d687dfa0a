import { ZHospitalPaymentsInput, ZIsoDate } from '@medbook/contracts'
import { useCallback, useMemo } from 'react'
import { useSearchParams } from 'react-router'
import { z } from 'zod'

type ListInput = z.input<typeof ZHospitalPaymentsInput>

export interface PaymentFilters {
  status?: ListInput['status']
  method?: ListInput['method']
  /** YYYY-MM-DD, hospital-local days (both included), on the day a payment was created */
  from?: string
  to?: string
  search?: string
  /** admins only: one hospital's payments */
  hospitalId?: string
}

export type PaymentFilterKey = keyof PaymentFilters
/** The staff page filters by days; the admin page takes its days from the overview's range and adds a hospital. */
export const STAFF_FILTER_KEYS = [
  'status',
  'method',
  'from',
  'to',
  'search',
] as const satisfies readonly PaymentFilterKey[]
export const ADMIN_FILTER_KEYS = [
  'status',
  'method',
  'search',
  'hospitalId',
] as const satisfies readonly PaymentFilterKey[]

const SCHEMAS: Record<PaymentFilterKey, z.ZodType<string | undefined>> = {
  status: ZHospitalPaymentsInput.shape.status,
  method: ZHospitalPaymentsInput.shape.method,
  from: ZIsoDate.optional(),
  to: ZIsoDate.optional(),
  search: z.string().trim().min(1).max(100).optional(),
  hospitalId: z.string().uuid().optional(),
}

/**
 * Filters live in the address bar (?status=&method=&from=&to=&search=&hospitalId=), so a list can
 * be shared and reloaded. `keys` are the ones this page owns: only they are read and cleared.
 */
export function usePaymentFilters(keys: readonly PaymentFilterKey[]) {
  const [params, setParams] = useSearchParams()

  const filters = useMemo<PaymentFilters>(() => {
    // a hand-edited address must not turn into a failed request: drop what does not validate
    const read = (key: PaymentFilterKey) => {
      const parsed = SCHEMAS[key].safeParse(params.get(key) || undefined)
      return parsed.success ? parsed.data : undefined
    }
    return Object.fromEntries(keys.map((key) => [key, read(key)])) as PaymentFilters
  }, [params, keys])

  const updateFilters = useCallback(
    (changes: Partial<PaymentFilters>) =>
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
    () => updateFilters(Object.fromEntries(keys.map((key) => [key, undefined]))),
    [updateFilters, keys],
  )
  return { filters, hasFilters: keys.some((key) => filters[key]), updateFilters, clearFilters }
}

/** GET /hospital/payments.csv with the filters on screen; the session cookie goes with it. */
export function paymentsCsvUrl(filters: PaymentFilters): string {
  const params = new URLSearchParams()
  for (const key of ['status', 'method', 'from', 'to', 'search', 'hospitalId'] as const) {
    const value = filters[key]
    if (value) params.set(key, value)
  }
  const query = params.toString()
  return query ? `/hospital/payments.csv?${query}` : '/hospital/payments.csv'
}
