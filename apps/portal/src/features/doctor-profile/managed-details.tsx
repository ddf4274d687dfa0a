import type { TDoctorSelfProfile } from '@medbook/contracts'
import { Badge, type BadgeTone, formatRating, formatVnd, SectionCard } from '@medbook/ui'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

const STATUS_TONES: Record<TDoctorSelfProfile['status'], BadgeTone> = {
  approved: 'success',
  pending: 'warning',
  rejected: 'danger',
}

function Detail({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5">
      <dt className="text-sm text-ink-muted">{term}</dt>
      <dd className="text-sm font-medium text-ink">{children}</dd>
    </div>
  )
}

/** What the hospital's staff keep on the doctor's profile, shown read-only. */
export function ManagedDetails({ profile }: { profile: TDoctorSelfProfile }) {
  const { t, i18n } = useTranslation()
  const language = i18n.language
  return (
    <SectionCard
      title={t('doctorProfile.managed.title')}
      description={t('doctorProfile.managed.description', { hospital: profile.hospital.name })}
    >
      <dl className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        <Detail term={t('doctorProfile.managed.hospital')}>{profile.hospital.name}</Detail>
        <Detail term={t('doctorProfile.managed.status')}>
          <Badge tone={STATUS_TONES[profile.status]}>{t(`doctorProfile.status.${profile.status}`)}</Badge>
        </Detail>
        <Detail term={t('doctorProfile.managed.license')}>{profile.licenseNumber}</Detail>
        <Detail term={t('doctorProfile.managed.specialties')}>
          {profile.specialties.map((specialty) => (language === 'en' ? specialty.nameEn : specialty.name)).join(', ') ||
            '—'}
        </Detail>
        <Detail term={t('doctorProfile.managed.experience')}>
          {t('doctorProfile.managed.experienceYears', { count: profile.experience })}
        </Detail>
        <Detail term={t('doctorProfile.managed.fee')}>{formatVnd(profile.consultationFee)}</Detail>
        <Detail term={t('doctorProfile.managed.rating')}>
          {profile.ratings.count > 0
            ? t('doctorProfile.managed.ratingValue', {
                rating: formatRating(profile.ratings.average, language),
                count: profile.ratings.count,
              })
            : t('doctorProfile.managed.noRating')}
        </Detail>
      </dl>
    </SectionCard>
  )
}
