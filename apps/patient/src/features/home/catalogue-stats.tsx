import { useQuery } from '@tanstack/react-query'
import { Building2, MapPin, Stethoscope } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'

/** How much the catalogue covers, from the same queries the search uses (so no extra requests). */
export function CatalogueStats() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const cities = useQuery(trpc.hospitals.cities.queryOptions())
  const specialties = useQuery(trpc.specialties.list.queryOptions())
  if (!cities.data || !specialties.data) return null

  const hospitalCount = cities.data.reduce((sum, entry) => sum + entry.hospitalCount, 0)
  const stats = [
    { icon: Building2, label: t('stats.hospitals', { count: hospitalCount }) },
    { icon: MapPin, label: t('stats.cities', { count: cities.data.length }) },
    { icon: Stethoscope, label: t('stats.specialties', { count: specialties.data.length }) },
  ]
  return (
    <ul className="flex flex-col gap-3 rounded-2xl border border-primary-100 bg-surface/80 p-5 shadow-card">
      {stats.map(({ icon: Icon, label }) => (
        <li key={label} className="flex items-center gap-3 text-sm font-medium text-ink">
          <span className="inline-flex size-9 items-center justify-center rounded-lg bg-primary-50 text-primary-700">
            <Icon className="size-5" aria-hidden="true" />
          </span>
          {label}
        </li>
      ))}
    </ul>
  )
}
