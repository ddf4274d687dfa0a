import { Avatar, Button, Card, formatRating, formatVnd } from '@medbook/ui'
import { MapPin, Star } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { FavoriteButton } from './favorite-button'

export interface FavoriteDoctor {
  doctorId: string
  name: string
  profilePicture: string | null
  hospital: { id: string; name: string }
  consultationFee: number
  ratingAverage: number
}

export function FavoriteDoctorCard({ doctor }: { doctor: FavoriteDoctor }) {
  const { t, i18n } = useTranslation()
  const headingId = `favorite-${doctor.doctorId}-name`
  const profile = `/doctors/${doctor.doctorId}`
  return (
    <Card asChild className="flex h-full flex-col gap-4 p-4 sm:p-5">
      <article aria-labelledby={headingId}>
        <div className="flex gap-3">
          <Avatar name={doctor.name} src={doctor.profilePicture} />
          <div className="min-w-0 flex-1">
            <h2 id={headingId} className="text-base leading-snug font-semibold text-ink">
              <Link to={profile} className="rounded hover:text-primary-800 hover:underline">
                {doctor.name}
              </Link>
            </h2>
            <p className="mt-1 flex items-start gap-1.5 text-sm text-ink-muted">
              <MapPin className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
              {doctor.hospital.name}
            </p>
            {doctor.ratingAverage > 0 ? (
              <p className="mt-1 inline-flex items-center gap-1.5 text-sm">
                <Star className="size-4 fill-star text-star" aria-hidden="true" />
                <span className="sr-only">
                  {t('favorites.rating', { rating: formatRating(doctor.ratingAverage, i18n.language) })}
                </span>
                <span aria-hidden="true" className="font-semibold text-ink">
                  {formatRating(doctor.ratingAverage, i18n.language)}
                </span>
              </p>
            ) : null}
          </div>
          <FavoriteButton
            className="-mt-1 -mr-1"
            doctor={{
              id: doctor.doctorId,
              name: doctor.name,
              profilePicture: doctor.profilePicture,
              hospital: doctor.hospital,
              consultationFee: doctor.consultationFee,
              ratings: { average: doctor.ratingAverage },
            }}
          />
        </div>
        <div className="mt-auto flex items-center justify-between gap-3 border-t border-border pt-3">
          <p className="text-sm text-ink-muted">
            {t('favorites.fee')}{' '}
            <span className="block text-base font-semibold text-ink">{formatVnd(doctor.consultationFee)}</span>
          </p>
          <Button asChild size="sm">
            <Link to={profile} aria-label={t('favorites.bookWith', { name: doctor.name })}>
              {t('favorites.book')}
            </Link>
          </Button>
        </div>
      </article>
    </Card>
  )
}
