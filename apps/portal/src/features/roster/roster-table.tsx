import type { TRosterDoctor } from '@medbook/contracts'
import {
  Badge,
  Button,
  type DataColumnDef,
  DataTable,
  dataColumnHelper,
  EmptyState,
  formatRating,
  formatVnd,
  Menu,
  MenuContent,
  MenuItem,
  MenuSeparator,
  MenuTrigger,
} from '@medbook/ui'
import { CalendarClock, CalendarDays, Ellipsis, Pencil, SearchX, UserCheck, UserX, Video } from 'lucide-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { ROSTER_STATUS_TONES, rosterStatus } from './roster-status'

const column = dataColumnHelper<TRosterDoctor>()

export type RosterAction = 'edit' | 'deactivate' | 'reactivate'

interface RosterTableProps {
  doctors: readonly TRosterDoctor[]
  filter: string
  onAction: (doctor: TRosterDoctor, action: RosterAction) => void
}

export function RosterTable({ doctors, filter, onAction }: RosterTableProps) {
  const { t, i18n } = useTranslation()
  const columns = useMemo(
    () =>
      [
        column.accessor('name', {
          header: t('roster.table.name'),
          sortFn: 'text',
          cell: (info) => {
            const doctor = info.row.original
            return (
              <span className="flex flex-col gap-0.5">
                <span className="font-medium text-ink">{doctor.name}</span>
                {doctor.email ? <span className="text-xs break-all text-ink-muted">{doctor.email}</span> : null}
                {doctor.consultationTypes.includes('online') ? (
                  <Badge tone="accent" className="mt-1 self-start">
                    <Video aria-hidden="true" />
                    {t('roster.online')}
                  </Badge>
                ) : null}
              </span>
            )
          },
          meta: { className: 'min-w-52' },
        }),
        column.accessor((row) => row.specialties.map((specialty) => specialty.name).join(', '), {
          id: 'specialties',
          header: t('roster.table.specialties'),
          sortFn: 'text',
          cell: (info) =>
            info.getValue() ? (
              <span className="text-ink">{info.getValue()}</span>
            ) : (
              <span className="text-ink-muted">{t('roster.noSpecialties')}</span>
            ),
          meta: { className: 'min-w-40 max-w-64' },
        }),
        column.accessor((row) => t(`roster.status.${rosterStatus(row)}`), {
          id: 'status',
          header: t('roster.table.status'),
          sortFn: 'text',
          cell: (info) => <Badge tone={ROSTER_STATUS_TONES[rosterStatus(info.row.original)]}>{info.getValue()}</Badge>,
        }),
        column.accessor('consultationFee', {
          header: t('roster.table.fee'),
          sortFn: 'basic',
          enableGlobalFilter: false,
          cell: (info) => <span className="tabular-nums">{formatVnd(info.getValue())}</span>,
          meta: { className: 'whitespace-nowrap' },
        }),
        column.accessor((row) => row.ratings.average, {
          id: 'rating',
          header: t('roster.table.rating'),
          sortFn: 'basic',
          enableGlobalFilter: false,
          cell: (info) => {
            const { average, count } = info.row.original.ratings
            if (count === 0) return <span className="text-ink-muted">{t('roster.noRating')}</span>
            return (
              <span
                className="tabular-nums"
                title={t('roster.ratingLabel', { rating: formatRating(average, i18n.language), count })}
              >
                {t('roster.ratingValue', { rating: formatRating(average, i18n.language), count })}
              </span>
            )
          },
          meta: { className: 'whitespace-nowrap' },
        }),
        column.accessor('experience', {
          header: t('roster.table.experience'),
          sortFn: 'basic',
          enableGlobalFilter: false,
          cell: (info) => t('roster.years', { count: info.getValue() }),
          meta: { className: 'whitespace-nowrap' },
        }),
        column.display({
          id: 'actions',
          header: () => <span className="sr-only">{t('roster.table.actions')}</span>,
          cell: (info) => <RowActions doctor={info.row.original} onAction={onAction} />,
          meta: { className: 'text-right' },
        }),
      ] as DataColumnDef<TRosterDoctor>[],
    [t, i18n.language, onAction],
  )

  return (
    <DataTable
      label={t('roster.table.caption')}
      columns={columns}
      data={doctors}
      globalFilter={filter}
      initialSorting={[{ id: 'name', desc: false }]}
      pageSize={15}
      getRowId={(row) => row.id}
      rowClassName={(row) => (row.accountStatus === 'active' ? undefined : 'bg-surface-muted/50')}
      empty={
        <EmptyState
          icon={SearchX}
          className="rounded-none border-0"
          title={t('roster.noMatchTitle')}
          description={t('roster.noMatchDescription')}
        />
      }
    />
  )
}

function RowActions({ doctor, onAction }: { doctor: TRosterDoctor; onAction: RosterTableProps['onAction'] }) {
  const { t } = useTranslation()
  const active = doctor.accountStatus === 'active'
  return (
    <Menu>
      <MenuTrigger asChild>
        <Button variant="ghost" size="icon" aria-label={t('roster.actionsFor', { name: doctor.name })}>
          <Ellipsis aria-hidden="true" />
        </Button>
      </MenuTrigger>
      <MenuContent>
        <MenuItem onSelect={() => onAction(doctor, 'edit')}>
          <Pencil aria-hidden="true" />
          {t('roster.actions.edit')}
        </MenuItem>
        <MenuItem asChild>
          <Link to={`/availability?doctor=${doctor.id}`}>
            <CalendarClock aria-hidden="true" />
            {t('roster.actions.availability')}
          </Link>
        </MenuItem>
        <MenuItem asChild>
          <Link to={`/schedule?view=week&doctor=${doctor.id}`}>
            <CalendarDays aria-hidden="true" />
            {t('roster.actions.schedule')}
          </Link>
        </MenuItem>
        <MenuSeparator />
        {active ? (
          <MenuItem tone="danger" onSelect={() => onAction(doctor, 'deactivate')}>
            <UserX aria-hidden="true" />
            {t('roster.actions.deactivate')}
          </MenuItem>
        ) : doctor.accountStatus === 'inactive' ? (
          <MenuItem onSelect={() => onAction(doctor, 'reactivate')}>
            <UserCheck aria-hidden="true" />
            {t('roster.actions.reactivate')}
          </MenuItem>
        ) : (
          <MenuItem disabled>
            <UserX aria-hidden="true" />
            {t('roster.actions.blocked')}
          </MenuItem>
        )}
      </MenuContent>
    </Menu>
  )
}
