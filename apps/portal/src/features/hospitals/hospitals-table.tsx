import type { THospitalSummary } from '@medbook/contracts'
import { formatRating, Skeleton, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@medbook/ui'
import { Star } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { HospitalTypeBadge } from './hospital-type-badge'

const COLUMN_COUNT = 6

function HospitalRow({ hospital }: { hospital: THospitalSummary }) {
  const { t, i18n } = useTranslation()
  const rating = formatRating(hospital.ratings.average, i18n.language)
  return (
    <TableRow>
      <TableCell className="min-w-64">
        <p className="font-semibold text-ink">{hospital.name}</p>
        <p className="mt-0.5 text-ink-muted">{hospital.address.street}</p>
      </TableCell>
      <TableCell>
        <HospitalTypeBadge type={hospital.type} />
      </TableCell>
      <TableCell className="whitespace-nowrap">{hospital.address.city}</TableCell>
      <TableCell className="whitespace-nowrap" title={hospital.specialties.map((entry) => entry.name).join(', ')}>
        {t('hospitals.specialtyCount', { count: hospital.specialties.length })}
      </TableCell>
      <TableCell className="text-right tabular-nums">{hospital.doctorCount}</TableCell>
      <TableCell className="whitespace-nowrap">
        {hospital.ratings.count === 0 ? (
          <span className="text-ink-muted">{t('hospitals.noRating')}</span>
        ) : (
          <span className="inline-flex items-center gap-1">
            <Star className="size-4 fill-star text-star" aria-hidden="true" />
            <span className="sr-only">{t('hospitals.ratingLabel', { rating, count: hospital.ratings.count })}</span>
            <span aria-hidden="true" className="tabular-nums">
              {t('hospitals.ratingValue', { rating, count: hospital.ratings.count })}
            </span>
          </span>
        )}
      </TableCell>
    </TableRow>
  )
}

function LoadingRows({ count }: { count: number }) {
  return Array.from({ length: count }, (_, index) => (
    // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
    <TableRow key={index} aria-hidden="true">
      {Array.from({ length: COLUMN_COUNT }, (_, column) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <TableCell key={column}>
          <Skeleton className={column === 0 ? 'h-4 w-48' : 'h-4 w-16'} />
        </TableCell>
      ))}
    </TableRow>
  ))
}

interface HospitalsTableProps {
  hospitals: readonly THospitalSummary[]
  loading: boolean
  loadingRows: number
}

export function HospitalsTable({ hospitals, loading, loadingRows }: HospitalsTableProps) {
  const { t } = useTranslation()
  return (
    <Table label={t('hospitals.table.caption')} aria-busy={loading || undefined}>
      <TableHead>
        <tr>
          <TableHeaderCell>{t('hospitals.table.name')}</TableHeaderCell>
          <TableHeaderCell>{t('hospitals.table.type')}</TableHeaderCell>
          <TableHeaderCell>{t('hospitals.table.city')}</TableHeaderCell>
          <TableHeaderCell>{t('hospitals.table.specialties')}</TableHeaderCell>
          <TableHeaderCell className="text-right">{t('hospitals.table.doctors')}</TableHeaderCell>
          <TableHeaderCell>{t('hospitals.table.rating')}</TableHeaderCell>
        </tr>
      </TableHead>
      <TableBody>
        {loading ? (
          <LoadingRows count={loadingRows} />
        ) : (
          hospitals.map((hospital) => <HospitalRow key={hospital.id} hospital={hospital} />)
        )}
      </TableBody>
    </Table>
  )
}
