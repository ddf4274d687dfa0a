import type { THospitalSummary } from '@medbook/contracts'
import { ZDayOfWeek } from '@medbook/contracts'
import { Button, cn, Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { HospitalRating } from './hospital-rating'
import { HospitalTypeBadge } from './hospital-type-badge'
import type { HospitalClock } from './opening-hours'
import { SpecialtyChips } from './specialty-chips'

interface HospitalDetailsDialogProps {
  hospital: THospitalSummary
  now: HospitalClock
}

/** Everything the search result already holds, laid out in full: the week's hours, specialties, facilities. */
export function HospitalDetailsDialog({ hospital, now }: HospitalDetailsDialogProps) {
  const { t } = useTranslation()
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button variant="subtle" className="w-full" aria-label={t('hospitals.detailsFor', { name: hospital.name })}>
          {t('hospitals.details')}
        </Button>
      </DialogTrigger>
      <DialogContent>
        <div className="flex flex-wrap items-center gap-2 pr-10">
          <HospitalTypeBadge type={hospital.type} />
          <HospitalRating ratings={hospital.ratings} />
        </div>
        <DialogTitle className="mt-3">{hospital.name}</DialogTitle>
        <DialogDescription>
          {hospital.address.street}, {hospital.address.city}
        </DialogDescription>

        <section className="mt-6" aria-labelledby={`${hospital.id}-hours`}>
          <h3 id={`${hospital.id}-hours`} className="text-sm font-semibold text-ink">
            {t('hospitalDetails.weeklyHours')}
          </h3>
          <table className="mt-2 w-full text-sm">
            <thead className="sr-only">
              <tr>
                <th scope="col">{t('hospitalDetails.day')}</th>
                <th scope="col">{t('hospitalDetails.hours')}</th>
              </tr>
            </thead>
            <tbody className="divide-y divide-border">
              {ZDayOfWeek.options.map((day) => {
                const hours = hospital.operatingHours.find((entry) => entry.day === day)
                const today = day === now.day
                return (
                  <tr key={day} className={cn(today && 'bg-primary-50 font-semibold text-primary-900')}>
                    <th scope="row" className="py-2 pl-2 text-left font-[inherit]">
                      {t(`days.${day}`)}
                      {today ? <span className="ml-2 text-xs font-medium">({t('hospitalDetails.today')})</span> : null}
                    </th>
                    <td className="py-2 pr-2 text-right tabular-nums">
                      {hours ? `${hours.openTime}–${hours.closeTime}` : t('hospitalDetails.closed')}
                    </td>
                  </tr>
                )
              })}
            </tbody>
          </table>
        </section>

        <section className="mt-6" aria-labelledby={`${hospital.id}-specialties`}>
          <h3 id={`${hospital.id}-specialties`} className="text-sm font-semibold text-ink">
            {t('hospitalDetails.specialties')}
          </h3>
          <div className="mt-2">
            {hospital.specialties.length > 0 ? (
              <SpecialtyChips specialties={hospital.specialties} />
            ) : (
              <p className="text-sm text-ink-muted">{t('hospitalDetails.noSpecialties')}</p>
            )}
          </div>
        </section>

        <section className="mt-6" aria-labelledby={`${hospital.id}-facilities`}>
          <h3 id={`${hospital.id}-facilities`} className="text-sm font-semibold text-ink">
            {t('hospitalDetails.facilities')}
          </h3>
          {hospital.facilities.length > 0 ? (
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-ink">
              {hospital.facilities.map((facility) => (
                <li key={facility}>{facility}</li>
              ))}
            </ul>
          ) : (
            <p className="mt-2 text-sm text-ink-muted">{t('hospitalDetails.noFacilities')}</p>
          )}
        </section>
      </DialogContent>
    </Dialog>
  )
}
