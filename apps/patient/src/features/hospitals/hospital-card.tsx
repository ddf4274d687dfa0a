import type { THospitalSummary } from '@medbook/contracts'
import { Button, Card } from '@medbook/ui'
import { MapPin, Users } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { HospitalDetailsDialog } from './hospital-details-dialog'
import { HospitalRating } from './hospital-rating'
import { HospitalTypeBadge } from './hospital-type-badge'
import type { HospitalClock } from './opening-hours'
import { SpecialtyChips } from './specialty-chips'
import { OpenNowBadge, TodaysHoursLine } from './todays-hours'

interface HospitalCardProps {
  hospital: THospitalSummary
  now: HospitalClock
}

export function HospitalCard({ hospital, now }: HospitalCardProps) {
  const { t } = useTranslation()
  const headingId = `hospital-${hospital.id}-name`
  return (
    <Card asChild className="flex h-full flex-col p-5 transition-shadow hover:shadow-raised">
      <article aria-labelledby={headingId}>
        <div className="flex flex-wrap items-center gap-2">
          <HospitalTypeBadge type={hospital.type} />
          <OpenNowBadge operatingHours={hospital.operatingHours} now={now} />
        </div>
        <h3 id={headingId} className="mt-3 text-lg leading-snug font-semibold text-ink">
          <Link to={`/hospitals/${hospital.id}`} className="underline-offset-4 hover:text-primary-800 hover:underline">
            {hospital.name}
          </Link>
        </h3>
        <p className="mt-1.5 flex items-start gap-1.5 text-sm text-ink-muted">
          <MapPin className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
          <span>
            {hospital.address.street}, {hospital.address.city}
          </span>
        </p>
        <ul className="mt-4 flex flex-wrap gap-x-5 gap-y-2 text-sm text-ink">
          <li>
            <HospitalRating ratings={hospital.ratings} />
          </li>
          <li className="inline-flex items-center gap-1.5">
            <Users className="size-4 shrink-0 text-ink-muted" aria-hidden="true" />
            {t('hospitals.doctorCount', { count: hospital.doctorCount })}
          </li>
          <li className="basis-full">
            <TodaysHoursLine operatingHours={hospital.operatingHours} now={now} />
          </li>
        </ul>
        {hospital.specialties.length > 0 ? (
          <div className="mt-4">
            <SpecialtyChips specialties={hospital.specialties} limit={3} />
          </div>
        ) : null}
        <div className="mt-auto grid grid-cols-2 gap-2 pt-5">
          <HospitalDetailsDialog hospital={hospital} now={now} />
          <Button asChild variant="secondary" className="w-full">
            <Link
              to={`/doctors?hospital=${hospital.id}`}
              aria-label={t('doctors.home.seeDoctorsAt', { name: hospital.name })}
            >
              {t('doctors.home.seeDoctors')}
            </Link>
          </Button>
        </div>
      </article>
    </Card>
  )
}
