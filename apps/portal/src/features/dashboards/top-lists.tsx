import type { THospitalDashboard } from '@medbook/contracts'
import {
  formatRating,
  SectionCard,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { formatCount, formatPercent } from './dashboard-format'

export function BusiestDoctors({ doctors }: { doctors: THospitalDashboard['busiestDoctors'] }) {
  const { t, i18n } = useTranslation()
  return (
    <SectionCard
      title={t('dashboards.hospital.doctors.title')}
      description={t('dashboards.hospital.doctors.description')}
    >
      {doctors.length === 0 ? (
        <p className="text-sm text-ink-muted">{t('dashboards.hospital.doctors.empty')}</p>
      ) : (
        <div className="-mx-5 -mb-5 overflow-x-auto sm:-mx-6 sm:-mb-6">
          <Table label={t('dashboards.hospital.doctors.caption')}>
            <TableHead>
              <tr>
                <TableHeaderCell>{t('dashboards.hospital.doctors.name')}</TableHeaderCell>
                <TableHeaderCell className="text-right">
                  {t('dashboards.hospital.doctors.appointments')}
                </TableHeaderCell>
                <TableHeaderCell className="text-right">{t('dashboards.hospital.doctors.completed')}</TableHeaderCell>
                <TableHeaderCell className="text-right">{t('dashboards.hospital.doctors.rating')}</TableHeaderCell>
              </tr>
            </TableHead>
            <TableBody>
              {doctors.map((doctor) => (
                <TableRow key={doctor.id}>
                  <TableCell className="font-semibold">{doctor.name}</TableCell>
                  <TableCell className="text-right tabular-nums">
                    {formatCount(doctor.appointments, i18n.language)}
                  </TableCell>
                  <TableCell className="text-right tabular-nums">
                    {formatCount(doctor.completed, i18n.language)}
                  </TableCell>
                  <TableCell className="text-right tabular-nums">
                    {doctor.rating > 0 ? formatRating(doctor.rating, i18n.language) : '—'}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </div>
      )}
    </SectionCard>
  )
}

export function BusiestSpecialties({
  specialties,
  byType,
}: {
  specialties: THospitalDashboard['busiestSpecialties']
  byType: THospitalDashboard['byType']
}) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  const typeTotal = byType.reduce((sum, row) => sum + row.count, 0)
  return (
    <SectionCard
      title={t('dashboards.hospital.specialties.title')}
      description={t('dashboards.hospital.specialties.description')}
    >
      {specialties.length === 0 ? (
        <p className="text-sm text-ink-muted">{t('dashboards.hospital.specialties.empty')}</p>
      ) : (
        <>
          <div className="-mx-5 overflow-x-auto sm:-mx-6">
            <Table label={t('dashboards.hospital.specialties.caption')}>
              <TableHead>
                <tr>
                  <TableHeaderCell>{t('dashboards.hospital.specialties.name')}</TableHeaderCell>
                  <TableHeaderCell className="text-right">
                    {t('dashboards.hospital.specialties.appointments')}
                  </TableHeaderCell>
                </tr>
              </TableHead>
              <TableBody>
                {specialties.map((specialty) => (
                  <TableRow key={specialty.id}>
                    <TableCell className="font-semibold">
                      {language === 'en' ? specialty.nameEn : specialty.name}
                    </TableCell>
                    <TableCell className="text-right tabular-nums">
                      {formatCount(specialty.appointments, language)}
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          </div>
          <div className="mt-5">
            <h3 className="text-sm font-semibold text-ink">{t('dashboards.hospital.types.title')}</h3>
            <dl className="mt-2 grid grid-cols-2 gap-3">
              {(['in_person', 'online'] as const).map((type) => {
                const count = byType.find((row) => row.type === type)?.count ?? 0
                return (
                  <div key={type} className="rounded-xl bg-surface-muted px-3 py-2">
                    <dt className="text-sm text-ink-muted">{t(`dashboards.hospital.types.${type}`)}</dt>
                    <dd className="text-lg font-semibold text-ink tabular-nums">
                      {t('dashboards.hospital.types.share', {
                        value: formatCount(count, language),
                        percent: formatPercent(typeTotal === 0 ? 0 : count / typeTotal, language),
                      })}
                    </dd>
                  </div>
                )
              })}
            </dl>
          </div>
        </>
      )}
    </SectionCard>
  )
}
