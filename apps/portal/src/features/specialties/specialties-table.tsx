import type { TSpecialty } from '@medbook/contracts'
import { Skeleton, Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from '@medbook/ui'
import { useTranslation } from 'react-i18next'

const COLUMN_COUNT = 5

interface SpecialtiesTableProps {
  specialties: readonly TSpecialty[]
  loading: boolean
}

export function SpecialtiesTable({ specialties, loading }: SpecialtiesTableProps) {
  const { t } = useTranslation()
  return (
    <Table label={t('specialties.table.caption')} aria-busy={loading || undefined}>
      <TableHead>
        <tr>
          <TableHeaderCell>{t('specialties.table.name')}</TableHeaderCell>
          <TableHeaderCell>{t('specialties.table.nameEn')}</TableHeaderCell>
          <TableHeaderCell>{t('specialties.table.slug')}</TableHeaderCell>
          <TableHeaderCell className="text-right">{t('specialties.table.doctors')}</TableHeaderCell>
          <TableHeaderCell>{t('specialties.table.description')}</TableHeaderCell>
        </tr>
      </TableHead>
      <TableBody>
        {loading
          ? Array.from({ length: 8 }, (_, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
              <TableRow key={index} aria-hidden="true">
                {Array.from({ length: COLUMN_COUNT }, (_, column) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
                  <TableCell key={column}>
                    <Skeleton className={column === 4 ? 'h-4 w-56' : 'h-4 w-24'} />
                  </TableCell>
                ))}
              </TableRow>
            ))
          : specialties.map((specialty) => (
              <TableRow key={specialty.id}>
                <TableCell className="font-semibold whitespace-nowrap">{specialty.name}</TableCell>
                <TableCell className="whitespace-nowrap" lang="en">
                  {specialty.nameEn}
                </TableCell>
                <TableCell>
                  <code className="rounded bg-surface-muted px-1.5 py-0.5 text-xs text-ink-muted">
                    {specialty.slug}
                  </code>
                </TableCell>
                <TableCell className="text-right tabular-nums">{specialty.doctorCount}</TableCell>
                <TableCell className="min-w-64 text-ink-muted">
                  {specialty.description ?? <span className="italic">{t('specialties.noDescription')}</span>}
                </TableCell>
              </TableRow>
            ))}
      </TableBody>
    </Table>
  )
}
