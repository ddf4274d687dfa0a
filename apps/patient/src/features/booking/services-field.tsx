import { MAX_CHARGE_SERVICES } from '@medbook/contracts'
import { formatVnd, Skeleton } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'

interface ServicesFieldProps {
  hospitalId: string
  /** hospital price-list entries ticked */
  value: readonly string[]
  onChange: (value: string[]) => void
  disabled?: boolean
}

/** The hospital's price list as checkboxes: services billed beside the consultation. */
export function ServicesField({ hospitalId, value, onChange, disabled = false }: ServicesFieldProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const services = useQuery(trpc.catalogue.hospitalServices.queryOptions({ hospitalId }))
  const full = value.length >= MAX_CHARGE_SERVICES
  // a hospital without a price list: nothing to choose, nothing to say
  if (services.data?.length === 0) return null

  return (
    <fieldset className="min-w-0" disabled={disabled} aria-describedby="services-hint">
      <legend className="text-sm font-semibold text-ink">{t('payments.quote.servicesLegend')}</legend>
      <p id="services-hint" className="mt-0.5 text-sm text-ink-muted">
        {full ? t('payments.quote.tooManyServices', { count: MAX_CHARGE_SERVICES }) : t('payments.quote.servicesHint')}
      </p>
      {services.isError ? (
        <p className="mt-2 text-sm text-danger-700">{t('payments.quote.servicesError')}</p>
      ) : !services.data ? (
        <Skeleton className="mt-2 h-24 rounded-xl" />
      ) : (
        <ul className="mt-2 divide-y divide-border rounded-xl border border-border">
          {services.data.map((service) => {
            const checked = value.includes(service.id)
            return (
              <li key={service.id}>
                <label className="flex cursor-pointer items-start gap-3 px-3 py-3 has-[input:disabled]:cursor-not-allowed">
                  <input
                    type="checkbox"
                    checked={checked}
                    disabled={!checked && full}
                    onChange={() =>
                      onChange(checked ? value.filter((id) => id !== service.id) : [...value, service.id])
                    }
                    className="mt-0.5 size-4 shrink-0 accent-primary-700"
                  />
                  <span className="min-w-0 flex-1">
                    <span className="block text-sm font-medium break-words text-ink">{service.name}</span>
                    {service.description ? (
                      <span className="block text-xs text-ink-muted">{service.description}</span>
                    ) : null}
                  </span>
                  <span className="shrink-0 text-sm font-semibold text-primary-800 tabular-nums">
                    {formatVnd(service.price)}
                  </span>
                </label>
              </li>
            )
          })}
        </ul>
      )}
    </fieldset>
  )
}
