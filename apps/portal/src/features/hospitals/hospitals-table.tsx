import type { THospitalSummary } from '@medbook/contracts'
import { DataTable, dataColumnHelper, formatRating } from '@medbook/ui'
import { ArrowUp, Star } from 'lucide-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { HospitalTypeBadge } from './hospital-type-badge'

/** the API lists hospitals by name (cursor pages); the table says so and leaves the order to it */
const SERVER_ORDER = { sorting: [{ id: 'name', desc: false }], onSortingChange: () => {} }

function Rating({ hospital }: { hospital: THospitalSummary }) {
  const { t, i18n } = useTranslation()
  const rating = formatRating(hospital.ratings.average, i18n.language)
  if (hospital.ratings.count === 0) return <span className="text-ink-muted">{t('hospitals.noRating')}</span>
  return (
    <span className="inline-flex items-center gap-1">
      <Star className="size-4 fill-star text-star" aria-hidden="true" />
      <span className="sr-only">{t('hospitals.ratingLabel', { rating, count: hospital.ratings.count })}</span>
      <span aria-hidden="true" className="tabular-nums">
        {t('hospitals.ratingValue', { rating, count: hospital.ratings.count })}
      </span>
    </span>
  )
}

interface HospitalsTableProps {
  hospitals: readonly THospitalSummary[]
  loading: boolean
}

const column = dataColumnHelper<THospitalSummary>()

export function HospitalsTable({ hospitals, loading }: HospitalsTableProps) {
  const { t } = useTranslation()
  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('name', {
          header: () => (
            <span className="inline-flex items-center gap-1">
              {t('hospitals.table.name')}
              <ArrowUp className="size-3.5" aria-hidden="true" />
            </span>
          ),
          enableSorting: false,
          cell: ({ row }) => (
            <>
              <p className="font-semibold text-ink">{row.original.name}</p>
              <p className="mt-0.5 text-ink-muted">{row.original.address.street}</p>
            </>
          ),
          meta: { className: 'min-w-64' },
        }),
        column.accessor('type', {
          header: t('hospitals.table.type'),
          enableSorting: false,
          cell: ({ getValue }) => <HospitalTypeBadge type={getValue()} />,
        }),
        column.accessor((hospital) => hospital.address.city, {
          id: 'city',
          header: t('hospitals.table.city'),
          enableSorting: false,
          meta: { className: 'whitespace-nowrap' },
        }),
        column.accessor('specialties', {
          header: t('hospitals.table.specialties'),
          enableSorting: false,
          cell: ({ getValue }) => (
            <span
              title={getValue()
                .map((entry) => entry.name)
                .join(', ')}
            >
              {t('hospitals.specialtyCount', { count: getValue().length })}
            </span>
          ),
          meta: { className: 'whitespace-nowrap' },
        }),
        column.accessor('doctorCount', {
          header: t('hospitals.table.doctors'),
          enableSorting: false,
          meta: { className: 'text-right tabular-nums' },
        }),
        column.display({
          id: 'rating',
          header: t('hospitals.table.rating'),
          cell: ({ row }) => <Rating hospital={row.original} />,
          meta: { className: 'whitespace-nowrap' },
        }),
      ]),
    [t],
  )
  return (
    <DataTable
      label={t('hospitals.table.caption')}
      columns={columns}
      data={hospitals}
      loading={loading}
      getRowId={(hospital) => hospital.id}
      manualSorting={SERVER_ORDER}
      // the page shows its own empty state, with a way to clear the filters
      empty={null}
    />
  )
}
