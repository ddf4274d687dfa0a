import type { TQualification } from '@medbook/contracts'
import { formatPhone, SectionCard } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { GraduationCap, MapPin, Users } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useTRPC } from '../../lib/trpc'

interface AboutProps {
  doctor: { biography: string | null; qualifications: TQualification[] }
}

export function DoctorAbout({ doctor }: AboutProps) {
  const { t } = useTranslation()
  return (
    <SectionCard title={t('doctors.profile.about')}>
      {doctor.biography ? (
        <p className="text-sm leading-relaxed whitespace-pre-line text-ink">{doctor.biography}</p>
      ) : (
        <p className="text-sm text-ink-muted">{t('doctors.profile.noBiography')}</p>
      )}
      {doctor.qualifications.length > 0 ? (
        <>
          <h3 className="mt-5 text-sm font-semibold text-ink">{t('doctors.profile.qualifications')}</h3>
          <ul className="mt-2 flex flex-col gap-2">
            {doctor.qualifications.map((entry) => (
              <li key={`${entry.degree}-${entry.year}`} className="flex items-start gap-2 text-sm text-ink">
                <GraduationCap className="mt-0.5 size-4 shrink-0 text-ink-muted" aria-hidden="true" />
                {t('doctors.profile.qualification', entry)}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </SectionCard>
  )
}

interface WorkplaceProps {
  doctor: { hospital: { id: string; name: string; street: string; city: string } }
}

export function DoctorWorkplace({ doctor }: WorkplaceProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const hospital = useQuery(trpc.hospitals.get.queryOptions({ id: doctor.hospital.id }))
  const phone = hospital.data?.contactInfo.phoneNumber
  return (
    <SectionCard title={t('doctors.profile.workplace')}>
      <p className="font-semibold text-ink">{doctor.hospital.name}</p>
      <p className="mt-1 flex items-start gap-1.5 text-sm text-ink-muted">
        <MapPin className="mt-0.5 size-4 shrink-0" aria-hidden="true" />
        <span>
          {doctor.hospital.street}, {doctor.hospital.city}
        </span>
      </p>
      {phone ? (
        <p className="mt-1 text-sm">
          <a href={`tel:${phone}`} className="font-medium text-primary-700 underline-offset-4 hover:underline">
            {formatPhone(phone)}
          </a>
        </p>
      ) : null}
      <Link
        to={`/doctors?hospital=${doctor.hospital.id}`}
        className="mt-3 inline-flex items-center gap-1.5 text-sm font-semibold text-primary-700 underline-offset-4 hover:underline"
      >
        <Users className="size-4" aria-hidden="true" />
        {t('doctors.profile.otherDoctors')}
      </Link>
    </SectionCard>
  )
}
