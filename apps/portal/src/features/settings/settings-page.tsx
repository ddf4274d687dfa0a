import { Card, EmptyState, ErrorState, PageHeader, Skeleton } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { SlidersHorizontal } from 'lucide-react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { SettingForm } from './setting-form'
import { groupOf, type SettingGroup } from './setting-text'
import type { SettingForAdmin } from './setting-types'

const GROUP_ORDER: SettingGroup[] = ['booking', 'reminders', 'calendar', 'other']

function SettingsGroup({ group, settings }: { group: SettingGroup; settings: SettingForAdmin[] }) {
  const { t } = useTranslation()
  const headingId = useId()
  return (
    <section aria-labelledby={headingId} className="flex flex-col gap-4">
      <h2 id={headingId} className="text-lg font-semibold text-ink">
        {t(`settings.groups.${group}`)}
      </h2>
      {settings.map((setting) => (
        <SettingForm key={setting.key} setting={setting} />
      ))}
    </section>
  )
}

export function SettingsPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const settings = useQuery(trpc.settings.list.queryOptions())
  const groups = GROUP_ORDER.map((group) => ({
    group,
    settings: (settings.data ?? []).filter((setting) => groupOf(setting.key) === group),
  })).filter((entry) => entry.settings.length > 0)

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('settings.title')} description={t('settings.description')} />
      {settings.isError ? (
        <ErrorState
          title={t('settings.errorTitle')}
          onRetry={() => void settings.refetch()}
          retrying={settings.isRefetching}
        />
      ) : settings.isPending ? (
        <div className="flex flex-col gap-4" aria-busy="true">
          {['a', 'b', 'c'].map((key) => (
            <Card key={key} className="flex flex-col gap-3 p-6">
              <Skeleton className="h-5 w-56" />
              <Skeleton className="h-4 w-96 max-w-full" />
              <Skeleton className="h-11 w-48" />
            </Card>
          ))}
        </div>
      ) : groups.length === 0 ? (
        <EmptyState icon={SlidersHorizontal} title={t('settings.emptyTitle')} />
      ) : (
        groups.map((entry) => <SettingsGroup key={entry.group} group={entry.group} settings={entry.settings} />)
      )}
    </div>
  )
}
