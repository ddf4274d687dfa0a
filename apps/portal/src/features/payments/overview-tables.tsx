import type { ZPlatformPaymentsOverview } from '@medbook/contracts'
import {
  formatVnd,
  SectionCard,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
  useEnumLabel,
} from '@medbook/ui'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { formatCount } from '../dashboards/dashboard-format'

type TOverview = z.infer<typeof ZPlatformPaymentsOverview>

interface TotalsRow {
  key: string
  name: ReactNode
  count: number
  amount: number
  refunded: number
}

function TotalsTable({
  title,
  caption,
  nameHeader,
  rows,
}: {
  title: string
  caption: string
  nameHeader: string
  rows: TotalsRow[]
}) {
  const { t, i18n } = useTranslation()
  return (
    <SectionCard title={title}>
      {rows.length === 0 ? (
        <p className="text-sm text-ink-muted">{t('payments.overview.none')}</p>
      ) : (
        <div className="-mx-5 -mb-5 overflow-x-auto sm:-mx-6 sm:-mb-6">
          <Table label={caption}>
            <TableHead>
              <tr>
                <TableHeaderCell>{nameHeader}</TableHeaderCell>
                <TableHeaderCell className="text-right">{t('payments.overview.count')}</TableHeaderCell>
                <TableHeaderCell className="text-right">{t('payments.overview.amount')}</TableHeaderCell>
                <TableHeaderCell className="text-right">{t('payments.overview.refundedColumn')}</TableHeaderCell>
              </tr>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.key}>
                  <TableCell>{row.name}</TableCell>
                  <TableCell className="text-right tabular-nums">{formatCount(row.count, i18n.language)}</TableCell>
                  <TableCell className="text-right tabular-nums">{formatVnd(row.amount)}</TableCell>
                  <TableCell className="text-right tabular-nums">{formatVnd(row.refunded)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </SectionCard>
  )
}

export function ByMethodTable({ rows }: { rows: TOverview['byMethod'] }) {
  const { t } = useTranslation()
  const enumLabel = useEnumLabel()
  return (
    <TotalsTable
      title={t('payments.overview.byMethod')}
      caption={t('payments.overview.byMethodCaption')}
      nameHeader={t('payments.overview.method')}
      rows={rows.map((row) => ({ ...row, key: row.method, name: enumLabel('PaymentMethod', row.method) }))}
    />
  )
}

export function ByHospitalTable({ rows }: { rows: TOverview['byHospital'] }) {
  const { t } = useTranslation()
  return (
    <TotalsTable
      title={t('payments.overview.byHospital')}
      caption={t('payments.overview.byHospitalCaption')}
      nameHeader={t('payments.overview.hospital')}
      rows={rows.map((row) => ({ ...row, key: row.hospital.id, name: row.hospital.name }))}
    />
  )
}

export function ByStatusTable({ rows }: { rows: TOverview['byStatus'] }) {
  const { t, i18n } = useTranslation()
  const enumLabel = useEnumLabel()
  return (
    <SectionCard title={t('payments.overview.byStatus')}>
      {rows.length === 0 ? (
        <p className="text-sm text-ink-muted">{t('payments.overview.none')}</p>
      ) : (
        <div className="-mx-5 -mb-5 overflow-x-auto sm:-mx-6 sm:-mb-6">
          <Table label={t('payments.overview.byStatusCaption')}>
            <TableHead>
              <tr>
                <TableHeaderCell>{t('payments.overview.status')}</TableHeaderCell>
                <TableHeaderCell className="text-right">{t('payments.overview.count')}</TableHeaderCell>
              </tr>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.status}>
                  <TableCell>{enumLabel('PaymentStatus', row.status)}</TableCell>
                  <TableCell className="text-right tabular-nums">{formatCount(row.count, i18n.language)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </SectionCard>
  )
}
