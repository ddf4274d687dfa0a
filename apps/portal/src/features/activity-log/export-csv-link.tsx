import { buttonClassName } from '@medbook/ui'
import { Download } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { type ActivityFilters, toQueryInput } from './use-activity-filters'

/** GET /admin/activity-logs.csv with the filters on screen (the admin's session cookie goes with it). */
export function activityCsvUrl(filters: ActivityFilters): string {
  const params = new URLSearchParams()
  for (const [key, value] of Object.entries(toQueryInput(filters))) {
    if (value instanceof Date) params.set(key, value.toISOString())
    else if (value) params.set(key, value)
  }
  const query = params.toString()
  return query ? `/admin/activity-logs.csv?${query}` : '/admin/activity-logs.csv'
}

export function ExportCsvLink({ filters }: { filters: ActivityFilters }) {
  const { t } = useTranslation()
  return (
    <a
      href={activityCsvUrl(filters)}
      download
      className={buttonClassName('secondary')}
      title={t('activity.exportHint')}
    >
      <Download aria-hidden="true" />
      {t('activity.exportCsv')}
    </a>
  )
}
