import type { TDoctorPatient } from '@medbook/contracts'
import { DataTable, dataColumnHelper, formatDate, formatDateTime, useEnumLabel } from '@medbook/ui'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import type { PatientParams, PatientSort } from './use-patient-params'

const column = dataColumnHelper<TDoctorPatient>()

/** the person's chart: the patient, or the relative they booked for */
const chartPath = (patient: TDoctorPatient) =>
  `/my-patients/${patient.patientId}${patient.familyMemberId ? `?member=${patient.familyMemberId}` : ''}`

/** the table's column ids are the API's sort keys */
const SORT_KEYS: readonly PatientSort[] = ['name', 'age', 'lastVisit', 'nextVisit', 'visits']

interface PatientsTableProps {
  patients: readonly TDoctorPatient[]
  loading: boolean
  params: PatientParams
  onSort: (sort: PatientSort, direction: 'asc' | 'desc') => void
  /** the hospital's zone, in which visits are shown */
  timeZone: string
}

/** The doctor's patients, sorted by the server: a header click asks for the page in that order. */
export function PatientsTable({ patients, loading, params, onSort, timeZone }: PatientsTableProps) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const enumLabel = useEnumLabel()
  const columns = useMemo(
    () =>
      column.columns([
        column.accessor('name', {
          id: 'name',
          header: t('myPatients.table.name'),
          cell: ({ row }) => (
            <>
              <Link
                to={chartPath(row.original)}
                className="font-semibold text-primary-700 underline-offset-2 hover:underline"
              >
                {row.original.name}
              </Link>
              {row.original.relationship && row.original.bookedBy ? (
                <p className="mt-0.5 text-ink-muted">
                  {t('myPatients.relative', {
                    relationship: enumLabel('FamilyRelationship', row.original.relationship),
                    name: row.original.bookedBy,
                  })}
                </p>
              ) : null}
            </>
          ),
          meta: { className: 'min-w-56' },
        }),
        column.accessor('age', {
          id: 'age',
          header: t('myPatients.table.age'),
          cell: ({ getValue }) => {
            const age = getValue()
            return age === null ? (
              <span className="text-ink-muted">{t('myPatients.unknownAge')}</span>
            ) : (
              t('myPatients.age', { count: age })
            )
          },
          meta: { className: 'whitespace-nowrap tabular-nums' },
        }),
        column.accessor('lastVisitAt', {
          id: 'lastVisit',
          header: t('myPatients.table.lastVisit'),
          cell: ({ getValue }) => {
            const at = getValue()
            return at ? (
              formatDate(at, language, timeZone)
            ) : (
              <span className="text-ink-muted">{t('myPatients.never')}</span>
            )
          },
          meta: { className: 'whitespace-nowrap tabular-nums' },
        }),
        column.accessor('nextVisitAt', {
          id: 'nextVisit',
          header: t('myPatients.table.nextVisit'),
          cell: ({ getValue }) => {
            const at = getValue()
            return at ? (
              formatDateTime(at, language, timeZone)
            ) : (
              <span className="text-ink-muted">{t('myPatients.none')}</span>
            )
          },
          meta: { className: 'whitespace-nowrap tabular-nums' },
        }),
        column.accessor('visits', {
          id: 'visits',
          header: t('myPatients.table.visits'),
          cell: ({ getValue }) => getValue(),
          meta: { className: 'text-right tabular-nums' },
        }),
      ]),
    [t, language, enumLabel, timeZone],
  )
  const sorting = useMemo(
    () => [{ id: params.sort, desc: params.direction === 'desc' }],
    [params.sort, params.direction],
  )
  return (
    <DataTable
      label={t('myPatients.table.caption')}
      columns={columns}
      data={patients}
      loading={loading}
      getRowId={(row) => `${row.patientId}:${row.familyMemberId ?? 'self'}`}
      manualSorting={{
        sorting,
        onSortingChange: (next) => {
          const first = next[0]
          const key = SORT_KEYS.find((sort) => sort === first?.id)
          // a third click would clear the order: the list goes back to the most recent visits first
          if (!first || !key) onSort('lastVisit', 'desc')
          else onSort(key, first.desc ? 'desc' : 'asc')
        },
      }}
      // the page shows its own empty state
      empty={null}
    />
  )
}
