import { dataColumnHelper, formatDate, PLATFORM_TIME_ZONE } from '@medbook/ui'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { ApplicationStatusBadge } from './status-badge'
import { type DoctorApplication, doctorStatus, type HospitalApplication, hospitalStatus } from './verification-types'

function OpenButton({ name, detail, onOpen }: { name: string; detail: string; onOpen: () => void }) {
  const { t } = useTranslation()
  return (
    <button
      type="button"
      onClick={onOpen}
      className="cursor-pointer text-left font-semibold text-primary-800 underline-offset-2 hover:underline"
    >
      <span className="sr-only">{t('verification.table.open')} </span>
      {name}
      <span className="mt-0.5 block text-xs font-normal break-all text-ink-muted">{detail}</span>
    </button>
  )
}

const hospital = dataColumnHelper<HospitalApplication>()
const doctor = dataColumnHelper<DoctorApplication>()

export function useHospitalColumns(onOpen: (id: string) => void) {
  const { t, i18n } = useTranslation()
  return useMemo(
    () =>
      hospital.columns([
        hospital.accessor('name', {
          header: t('verification.table.name'),
          sortFn: 'text',
          cell: ({ row }) => (
            <OpenButton
              name={row.original.name}
              detail={row.original.email ?? row.original.contactName}
              onOpen={() => onOpen(row.original.id)}
            />
          ),
          meta: { className: 'min-w-56' },
        }),
        hospital.accessor('city', { header: t('verification.table.city'), sortFn: 'text' }),
        hospital.accessor('registrationNumber', {
          header: t('verification.table.registration'),
          sortFn: 'alphanumeric',
          meta: { className: 'whitespace-nowrap tabular-nums' },
        }),
        hospital.accessor('documentCount', {
          header: t('verification.table.documents'),
          sortFn: 'basic',
          cell: ({ getValue }) => t('verification.documentCount', { count: getValue() }),
          meta: { className: 'whitespace-nowrap' },
        }),
        hospital.accessor('createdAt', {
          header: t('verification.table.submitted'),
          sortFn: 'datetime',
          cell: ({ getValue }) => formatDate(getValue(), i18n.language, PLATFORM_TIME_ZONE),
          meta: { className: 'whitespace-nowrap' },
        }),
        hospital.accessor((row) => hospitalStatus(row), {
          id: 'status',
          header: t('verification.table.status'),
          sortFn: 'text',
          cell: ({ getValue }) => <ApplicationStatusBadge status={getValue()} />,
        }),
      ]),
    [t, i18n.language, onOpen],
  )
}

export function useDoctorColumns(onOpen: (id: string) => void) {
  const { t, i18n } = useTranslation()
  return useMemo(
    () =>
      doctor.columns([
        doctor.accessor('name', {
          header: t('verification.table.name'),
          sortFn: 'text',
          cell: ({ row }) => (
            <OpenButton
              name={row.original.name}
              detail={row.original.email ?? row.original.licenseNumber}
              onOpen={() => onOpen(row.original.id)}
            />
          ),
          meta: { className: 'min-w-56' },
        }),
        doctor.accessor('licenseNumber', {
          header: t('verification.table.licence'),
          sortFn: 'alphanumeric',
          meta: { className: 'whitespace-nowrap tabular-nums' },
        }),
        doctor.accessor((row) => row.hospital.name, {
          id: 'hospital',
          header: t('verification.table.hospital'),
          sortFn: 'text',
          meta: { className: 'min-w-44' },
        }),
        doctor.accessor('documentCount', {
          header: t('verification.table.documents'),
          sortFn: 'basic',
          cell: ({ getValue }) => t('verification.documentCount', { count: getValue() }),
          meta: { className: 'whitespace-nowrap' },
        }),
        doctor.accessor('createdAt', {
          header: t('verification.table.submitted'),
          sortFn: 'datetime',
          cell: ({ getValue }) => formatDate(getValue(), i18n.language, PLATFORM_TIME_ZONE),
          meta: { className: 'whitespace-nowrap' },
        }),
        doctor.accessor((row) => doctorStatus(row), {
          id: 'status',
          header: t('verification.table.status'),
          enableSorting: false,
          cell: ({ getValue }) => <ApplicationStatusBadge status={getValue()} />,
        }),
      ]),
    [t, i18n.language, onOpen],
  )
}
