import type { TAdminDashboard } from '@medbook/contracts'
import { Badge, Button, EmptyState, formatDate, PLATFORM_TIME_ZONE, SectionCard } from '@medbook/ui'
import { ArrowRight, BadgeCheck } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

type Item = TAdminDashboard['oldestPending']['doctors'][number]

function PendingList({ heading, items }: { heading: string; items: readonly Item[] }) {
  const { t, i18n } = useTranslation()
  if (items.length === 0) return null
  return (
    <div>
      <h3 className="text-sm font-semibold text-ink">{heading}</h3>
      <ul className="mt-2 divide-y divide-border rounded-xl border border-border">
        {items.map((item) => (
          <li key={item.id}>
            <Link
              to="/verification"
              className="flex items-center justify-between gap-3 px-3 py-2.5 text-sm hover:bg-surface-muted"
            >
              <span className="min-w-0 truncate font-medium text-ink">{item.name}</span>
              <span className="shrink-0 text-ink-muted">
                {t('dashboards.admin.pending.since', {
                  date: formatDate(item.createdAt, i18n.language, PLATFORM_TIME_ZONE),
                })}
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  )
}

/** What waits for an administrator, with the way to the verification queue. */
export function PendingCard({
  pending,
  oldest,
}: {
  pending: TAdminDashboard['pending']
  oldest: TAdminDashboard['oldestPending']
}) {
  const { t } = useTranslation()
  const none = pending.hospitals === 0 && pending.doctors === 0
  return (
    <SectionCard
      title={t('dashboards.admin.pending.title')}
      description={t('dashboards.admin.pending.description')}
      actions={
        none ? null : (
          <Button asChild variant="secondary" size="sm">
            <Link to="/verification">
              {t('dashboards.admin.pending.open')}
              <ArrowRight aria-hidden="true" />
            </Link>
          </Button>
        )
      }
    >
      {none ? (
        <EmptyState
          icon={BadgeCheck}
          title={t('dashboards.admin.pending.noneTitle')}
          description={t('dashboards.admin.pending.noneDescription')}
        />
      ) : (
        <div className="flex flex-col gap-5">
          <p className="flex flex-wrap gap-2">
            <Badge tone={pending.hospitals > 0 ? 'warning' : 'neutral'}>
              {t('dashboards.admin.pending.hospitals', { count: pending.hospitals })}
            </Badge>
            <Badge tone={pending.doctors > 0 ? 'warning' : 'neutral'}>
              {t('dashboards.admin.pending.doctors', { count: pending.doctors })}
            </Badge>
          </p>
          <PendingList heading={t('dashboards.admin.pending.oldestHospitals')} items={oldest.hospitals} />
          <PendingList heading={t('dashboards.admin.pending.oldestDoctors')} items={oldest.doctors} />
        </div>
      )}
    </SectionCard>
  )
}
