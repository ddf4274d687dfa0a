import type { TSpecialty } from '@medbook/contracts'
import { ArrowRight, Stethoscope } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useLocalizedName } from './use-localized-name'

/** Under the specialty tiles: on to the doctor search, for the chosen specialty when there is one. */
export function FindDoctorsLink({ specialty }: { specialty: TSpecialty | undefined }) {
  const { t } = useTranslation()
  const localizedName = useLocalizedName()
  return (
    <Link
      to={specialty ? `/doctors?specialty=${specialty.id}` : '/doctors'}
      className="mt-4 inline-flex items-center gap-2 text-sm font-semibold text-primary-700 underline-offset-4 hover:underline"
    >
      <Stethoscope className="size-4" aria-hidden="true" />
      {specialty
        ? t('doctors.home.findBySpecialty', { specialty: localizedName(specialty) })
        : t('doctors.home.findDoctor')}
      <ArrowRight className="size-4" aria-hidden="true" />
    </Link>
  )
}
