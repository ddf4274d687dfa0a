import { ZPaymentMethod } from '@medbook/contracts'
import { formatVnd, useEnumLabel } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { isKnownDetail, isKnownDetailValue } from './activity-actions'

function show(value: unknown): string {
  if (value === null || value === undefined) return '—'
  if (Array.isArray(value)) return value.map(show).join(', ')
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}

/** A detail's value as a reader takes it: money in VND, codes as words. */
function useDetailValue() {
  const { t } = useTranslation()
  const enumLabel = useEnumLabel()
  return (key: string, value: unknown): string => {
    // amounts are integer VND throughout MedBook
    if (key === 'amount' && typeof value === 'number') return formatVnd(value)
    const method = ZPaymentMethod.safeParse(value)
    if (key === 'method' && method.success) return enumLabel('PaymentMethod', method.data)
    if (isKnownDetailValue(value)) return t(`activity.values.${value}`)
    return show(value)
  }
}

/** An entry's details as short "label: value" lines; ids are left out, they mean nothing to a reader. */
export function ActivityDetails({ details }: { details: Record<string, unknown> }) {
  const { t } = useTranslation()
  const detailText = useDetailValue()
  const entries = Object.entries(details).filter(([key, value]) => !/Id$/.test(key) && value !== null && value !== '')
  if (entries.length === 0) return <span className="text-ink-muted">—</span>
  return (
    <dl className="grid grid-cols-[auto_minmax(0,1fr)] gap-x-2 gap-y-0.5">
      {entries.map(([key, value]) => (
        <div key={key} className="contents">
          <dt className="text-ink-muted">{isKnownDetail(key) ? t(`activity.details.${key}`) : key}:</dt>
          <dd className="break-words text-ink">{detailText(key, value)}</dd>
        </div>
      ))}
    </dl>
  )
}
