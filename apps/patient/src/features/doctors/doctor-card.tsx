import type { TDoctorSummary } from '@medbook/contracts'
import { Avatar, Button, Card, formatVnd } from '@medbook/ui'
import { CalendarClock, CalendarX, Languages, MapPin, Navigation } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { VIETNAM_TIME_ZONE } from '../booking/local-dates'
import { useWallClockLabel } from '../booking/use-day-label'
import { FavoriteButton } from '../favorites/favorite-button'
import { useLocalizedName } from '../specialties/use-localized-name'
import { ConsultationTypeBadge } from './consultation-type-badges'
import { DoctorRating } from './doctor-rating'
import { useLanguageNames } from './use-language-names'

export function NextAvailable({ at, timeZone }: { at: Date | null; timeZone: string }) {
  const { t } = useTranslation()
  const wallClockLabel = useWallClockLabel()
  if (!at) {
    return (
      <p className="flex items-start gap-1.5 text-sm text-ink-muted">
        <CalendarX className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
        {t('doctors.card.noSlots')}
      </p>
    )
  }
  return (
    <p className="flex items-start gap-1.5 text-sm font-semibold text-primary-800">
      <CalendarClock className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
      {t('doctors.card.nextAvailable', wallClockLabel(at, timeZone))}
    </p>
  )
}

export function DoctorCard({ doctor }: { doctor: TDoctorSummary }) {
  const { t, i18n } = useTranslation()
  const localizedName = useLocalizedName()
  const languageNames = useLanguageNames()
  const headingId = `doctor-${doctor.id}-name`
  const profile = `/doctors/${doctor.id}`
  const distance =
    doctor.distanceKm === null
      ? null
      : new Intl.NumberFormat(i18n.language, { maximumFractionDigits: 1 }).format(doctor.distanceKm)

  return (
    <Card asChild className="flex flex-col gap-4 p-4 transition-shadow hover:shadow-raised sm:flex-row sm:p-5">
      <article aria-labelledby={headingId}>
        <div className="flex min-w-0 flex-1 gap-3 sm:gap-4">
          <div className="size-14 shrink-0 sm:size-16 [&>span]:size-full [&>span]:text-lg">
            <Avatar name={doctor.name} src={doctor.profilePicture} />
          </div>
          <div className="min-w-0 flex-1">
            <h3 id={headingId} className="text-base leading-snug font-semibold text-ink sm:text-lg">
              <Link to={profile} className="rounded hover:text-primary-800 hover:underline">
                {doctor.name}
              </Link>
            </h3>
            {doctor.specialties.length > 0 ? (
              <p className="mt-0.5 text-sm font-medium text-primary-800">
                {doctor.specialties.map(localizedName).join(', ')}
              </p>
            ) : null}
            <p className="mt-1.5 flex items-start gap-1.5 text-sm text-ink-muted">
              <MapPin className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
              <span>
                {doctor.hospital.name}, {doctor.hospital.city}
              </span>
            </p>
            <ul className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-1.5 text-sm">
              <li>
                <DoctorRating ratings={doctor.ratings} />
              </li>
              {doctor.experience > 0 ? (
                <li className="text-ink-muted">{t('doctors.card.experience', { count: doctor.experience })}</li>
              ) : null}
              {doctor.languages.length > 0 ? (
                <li className="inline-flex items-center gap-1.5 text-ink-muted">
                  <Languages className="size-4 shrink-0" aria-hidden="true" />
                  {t('doctors.card.languages', { languages: languageNames(doctor.languages).join(', ') })}
                </li>
              ) : null}
              {distance ? (
                <li className="inline-flex items-center gap-1.5 text-ink-muted">
                  <Navigation className="size-4 shrink-0" aria-hidden="true" />
                  {t('doctors.card.distance', { distance })}
                </li>
              ) : null}
            </ul>
            {doctor.consultationTypes.length > 0 ? (
              <div className="mt-2.5 flex flex-wrap gap-1.5">
                {doctor.consultationTypes.map((type) => (
                  <ConsultationTypeBadge key={type} type={type} />
                ))}
              </div>
            ) : null}
          </div>
          <FavoriteButton doctor={doctor} className="-mt-1.5 -mr-1.5" />
        </div>
        <div className="flex flex-col gap-3 border-t border-border pt-3 sm:w-56 sm:shrink-0 sm:border-t-0 sm:border-l sm:pt-0 sm:pl-5">
          <NextAvailable at={doctor.nextAvailableAt} timeZone={VIETNAM_TIME_ZONE} />
          <div className="mt-auto flex items-center justify-between gap-3 sm:flex-col sm:items-stretch">
            <p className="text-sm text-ink-muted">
              {t('doctors.card.feeLabel')}{' '}
              <span className="block text-base font-semibold text-ink">{formatVnd(doctor.consultationFee)}</span>
            </p>
            <Button asChild>
              <Link to={profile} aria-label={t('doctors.card.bookWith', { name: doctor.name })}>
                {t('doctors.card.book')}
              </Link>
            </Button>
          </div>
        </div>
      </article>
    </Card>
  )
}

export function DoctorCardSkeleton() {
  return (
    <Card className="flex gap-4 p-4 sm:p-5" aria-hidden="true">
      <div className="size-14 shrink-0 rounded-full bg-surface-muted motion-safe:animate-pulse sm:size-16" />
      <div className="flex flex-1 flex-col gap-2">
        <div className="h-5 w-1/2 rounded bg-surface-muted motion-safe:animate-pulse" />
        <div className="h-4 w-1/3 rounded bg-surface-muted motion-safe:animate-pulse" />
        <div className="h-4 w-2/3 rounded bg-surface-muted motion-safe:animate-pulse" />
        <div className="mt-2 h-9 w-28 self-end rounded-lg bg-surface-muted motion-safe:animate-pulse" />
      </div>
    </Card>
  )
}
