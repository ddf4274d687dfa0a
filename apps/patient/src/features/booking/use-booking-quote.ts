import type { TConsultationType } from '@medbook/contracts'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useTRPC } from '../../lib/trpc'

interface QuoteChoice {
  doctorId: string
  type: TConsultationType
  hospitalServiceIds: readonly string[]
  /** the code the patient applied, already in the shared schema's form */
  promotionCode: string | null
  enabled: boolean
}

/** payments.quote for what the patient has chosen: lines, discount, total, and whether it is paid first. */
export function useBookingQuote({ doctorId, type, hospitalServiceIds, promotionCode, enabled }: QuoteChoice) {
  const trpc = useTRPC()
  return useQuery({
    ...trpc.payments.quote.queryOptions({
      doctorId,
      type,
      hospitalServiceIds: [...hospitalServiceIds],
      ...(promotionCode ? { promotionCode } : {}),
    }),
    enabled,
    // the previous total stays on screen while a ticked service is priced
    placeholderData: keepPreviousData,
  })
}
