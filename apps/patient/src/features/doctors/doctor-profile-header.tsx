import type { TDoctorSummary } from '@medbook/contracts'
import { Avatar, Card, formatVnd } from '@medbook/ui'
import { BadgeCheck } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { FavoriteButton } from '../favorites/favorite-button'
import { useLocalizedName } from '../specialties/use-localized-name'
import { ConsultationTypeBadge } from './consultation-type-badges'
import { NextAvailable } from './doctor-card'
import { DoctorRating } from './doctor-rating'
import { useLanguageNames } from './use-language-names'

export function DoctorProfileHeader({
  doctor,
}: {
  doctor: TDoctorSummary & { licenseNumber: string; timeZone: string }
}) {
  const { t } = useTranslation()
  const localizedName = useLocalizedName()
  const languageNames = useLanguageNames()
  return (
    <Card className="p-4 sm:p-6">
      <div className="flex gap-4">
        <Avatar name={doctor.name} src={doctor.profilePicture} size="lg" />
        <div className="min-w-0 flex-1">
          <p className="text-sm font-medium text-ink-muted">{t('doctors.profile.doctorTitle')}</p>
          <h1 className="text-xl leading-tight font-bold tracking-tight text-ink sm:text-2xl">{doctor.name}</h1>
          {doctor.specialties.length > 0 ? (
            <p className="mt-1 text-sm font-semibold text-primary-800">
              {doctor.specialties.map(localizedName).join(', ')}
            </p>
          ) : null}
          <div className="mt-2 text-sm">
            <DoctorRating ratings={doctor.ratings} />
          </div>
        </div>
        {/* one heart: a round icon on phones, the heart and its word on wider screens */}
        <FavoriteButton doctor={doctor} className="-mt-1.5 -mr-1.5 sm:hidden" />
        <FavoriteButton doctor={doctor} look="labelled" className="max-sm:hidden" />
      </div>
      <dl className="mt-5 grid grid-cols-2 gap-x-4 gap-y-3 border-t border-border pt-4 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-ink-muted">{t('doctors.card.feeLabel')}</dt>
          <dd className="mt-0.5 text-base font-semibold text-ink">{formatVnd(doctor.consultationFee)}</dd>
        </div>
        {doctor.experience > 0 ? (
          <div>
            <dt className="text-ink-muted">{t('doctors.profile.experienceLabel')}</dt>
            <dd className="mt-0.5 text-base font-semibold text-ink">
              {t('doctors.profile.years', { count: doctor.experience })}
            </dd>
          </div>
        ) : null}
        {doctor.languages.length > 0 ? (
          <div className="col-span-2 sm:col-span-1">
            <dt className="text-ink-muted">{t('doctors.profile.languagesLabel')}</dt>
            <dd className="mt-0.5 text-base font-semibold text-ink">{languageNames(doctor.languages).join(', ')}</dd>
          </div>
        ) : null}
      </dl>
      <div className="mt-4 flex flex-wrap items-center gap-2">
        {doctor.consultationTypes.map((type) => (
          <ConsultationTypeBadge key={type} type={type} />
        ))}
        <span className="inline-flex items-center gap-1 text-xs text-ink-muted">
          <BadgeCheck className="size-4 text-success-700" aria-hidden="true" />
          {t('doctors.profile.license', { number: doctor.licenseNumber })}
        </span>
      </div>
      <div className="mt-4">
        <NextAvailable at={doctor.nextAvailableAt} timeZone={doctor.timeZone} />
      </div>
    </Card>
  )
}
