import type { THospitalServiceEntry } from '@medbook/contracts'
import { Card, EmptyState, ErrorState, formatVnd, Skeleton } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { ReceiptText } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'

const CATEGORY_ORDER: readonly THospitalServiceEntry['category'][] = [
  'consultation',
  'package',
  'test',
  'imaging',
  'procedure',
  'vaccination',
  'other',
]

/** The services the hospital offers now, at its own prices, grouped by category. */
export function HospitalServicesSection({ hospitalId }: { hospitalId: string }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const services = useQuery(trpc.catalogue.hospitalServices.queryOptions({ hospitalId }))
  const groups = CATEGORY_ORDER.map((category) => ({
    category,
    items: (services.data ?? []).filter((service) => service.category === category),
  })).filter((group) => group.items.length > 0)

  return (
    <Card asChild className="p-5 sm:p-6">
      <section aria-labelledby="hospital-services-title">
        <h2 id="hospital-services-title" className="text-lg font-semibold text-ink">
          {t('hospitalPage.servicesTitle')}
        </h2>
        <p className="mt-1 text-sm text-ink-muted">{t('hospitalPage.servicesDescription')}</p>
        <div className="mt-5">
          {services.isError ? (
            <ErrorState
              title={t('hospitalPage.servicesError')}
              onRetry={() => void services.refetch()}
              retrying={services.isRefetching}
            />
          ) : !services.data ? (
            <Skeleton className="h-40 rounded-xl" />
          ) : groups.length === 0 ? (
            <EmptyState
              icon={ReceiptText}
              title={t('hospitalPage.noServicesTitle')}
              description={t('hospitalPage.noServicesDescription')}
            />
          ) : (
            <div className="flex flex-col gap-6">
              {groups.map((group) => (
                <section key={group.category} aria-labelledby={`services-${group.category}`}>
                  <h3
                    id={`services-${group.category}`}
                    className="text-xs font-semibold tracking-wide text-ink-muted uppercase"
                  >
                    {t(`hospitalPage.category.${group.category}`)}
                  </h3>
                  <ul className="mt-2 divide-y divide-border rounded-xl border border-border">
                    {group.items.map((service) => (
                      <li
                        key={service.serviceId}
                        data-testid="hospital-service"
                        className="flex items-start justify-between gap-4 px-4 py-3"
                      >
                        <div className="min-w-0">
                          <p className="font-medium text-ink">{service.name}</p>
                          {service.description ? (
                            <p className="mt-0.5 text-sm text-ink-muted">{service.description}</p>
                          ) : null}
                        </div>
                        <p className="shrink-0 text-right font-semibold text-primary-800 tabular-nums">
                          <span className="sr-only">{t('hospitalPage.price')} </span>
                          {formatVnd(service.price)}
                        </p>
                      </li>
                    ))}
                  </ul>
                </section>
              ))}
              <p className="text-xs text-ink-muted">{t('hospitalPage.pricesNote')}</p>
            </div>
          )}
        </div>
      </section>
    </Card>
  )
}
