import type { THospitalSummary } from '@medbook/contracts'
import { Button, Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { HospitalRating } from './hospital-rating'
import { HospitalTypeBadge } from './hospital-type-badge'
import type { HospitalClock } from './opening-hours'
import { SpecialtyChips } from './specialty-chips'
import { WeeklyHoursTable } from './weekly-hours-table'

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
          <WeeklyHoursTable operatingHours={hospital.operatingHours} now={now} />
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

        <Button asChild className="mt-6 w-full">
          <Link to={`/hospitals/${hospital.id}`}>{t('hospitalPage.openPage')}</Link>
        </Button>
      </DialogContent>
    </Dialog>
  )
}
