import { Button, Card, EmptyState, ErrorState, formatPhone, readServerError, Skeleton } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { ArrowLeft, Building2, Globe, Mail, MapPin, Phone, Users } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useTRPC } from '../../lib/trpc'
import { UUID } from '../booking/route-params'
import { LazyPublishedReviews } from '../reviews/lazy-published-reviews'
import { HospitalRating } from './hospital-rating'
import { HospitalServicesSection } from './hospital-services-section'
import { HospitalTypeBadge } from './hospital-type-badge'
import { hospitalClock } from './opening-hours'
import { SpecialtyChips } from './specialty-chips'
import { OpenNowBadge } from './todays-hours'
import { WeeklyHoursTable } from './weekly-hours-table'

const linkClass = 'font-medium text-primary-700 underline-offset-4 hover:underline break-all'

/** A listed hospital in full: its details, the week's hours, and its services at its own prices. */
export function HospitalPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const { hospitalId = '' } = useParams()
  const valid = UUID.test(hospitalId)
  const hospital = useQuery({ ...trpc.hospitals.get.queryOptions({ id: hospitalId }), enabled: valid })
  const now = hospitalClock()

  const back = (
    <Link
      to="/"
      className="inline-flex items-center gap-1.5 text-sm font-semibold text-primary-700 underline-offset-4 hover:underline"
    >
      <ArrowLeft className="size-4" aria-hidden="true" />
      {t('hospitalPage.back')}
    </Link>
  )

  if (!valid || readServerError(hospital.error).code === 'NOT_FOUND') {
    return (
      <div className="mx-auto max-w-lg px-4 py-16">
        <h1 className="sr-only">{t('hospitalPage.notFoundTitle')}</h1>
        <EmptyState
          icon={Building2}
          title={t('hospitalPage.notFoundTitle')}
          description={t('hospitalPage.notFoundDescription')}
          action={
            <Button asChild variant="secondary">
              <Link to="/">{t('hospitalPage.back')}</Link>
            </Button>
          }
        />
      </div>
    )
  }

  const data = hospital.data
  return (
    <div className="mx-auto max-w-6xl px-4 py-5 sm:px-6 sm:py-8">
      {back}
      {hospital.isError ? (
        <div className="mt-6">
          <h1 className="sr-only">{t('hospitalPage.errorTitle')}</h1>
          <ErrorState
            title={t('hospitalPage.errorTitle')}
            onRetry={() => void hospital.refetch()}
            retrying={hospital.isRefetching}
          />
        </div>
      ) : !data ? (
        <div className="mt-4 flex flex-col gap-5" aria-busy="true">
          <Skeleton className="h-56 rounded-2xl" />
          <Skeleton className="h-96 rounded-2xl" />
        </div>
      ) : (
        <div className="mt-4 flex flex-col gap-5 lg:gap-8">
          <Card className="overflow-hidden">
            {data.images[0] ? (
              <img src={data.images[0]} alt="" className="aspect-[3/1] max-h-72 w-full object-cover" />
            ) : null}
            <div className="flex flex-col gap-5 p-5 sm:p-6 lg:flex-row lg:items-start lg:justify-between">
              <div className="min-w-0">
                <div className="flex flex-wrap items-center gap-2">
                  <HospitalTypeBadge type={data.type} />
                  <OpenNowBadge operatingHours={data.operatingHours} now={now} />
                </div>
                <h1 className="mt-3 text-2xl font-bold tracking-tight text-ink sm:text-3xl">{data.name}</h1>
                <p className="mt-2 flex items-start gap-1.5 text-ink-muted">
                  <MapPin className="mt-1 size-4 shrink-0" aria-hidden="true" />
                  <span>{[data.address.street, data.address.state, data.address.city].filter(Boolean).join(', ')}</span>
                </p>
                <ul className="mt-4 flex flex-wrap gap-x-5 gap-y-2 text-sm text-ink">
                  <li>
                    <HospitalRating ratings={data.ratings} />
                  </li>
                  <li className="inline-flex items-center gap-1.5">
                    <Users className="size-4 shrink-0 text-ink-muted" aria-hidden="true" />
                    {t('hospitals.doctorCount', { count: data.doctorCount })}
                  </li>
                </ul>
              </div>
              <div className="flex flex-col gap-3 lg:w-72 lg:shrink-0">
                <Button asChild className="w-full">
                  <Link to={`/doctors?hospital=${data.id}`}>{t('hospitalPage.seeDoctors')}</Link>
                </Button>
                <ContactList contact={data.contactInfo} />
              </div>
            </div>
          </Card>

          <div className="flex flex-col gap-5 lg:grid lg:grid-cols-[minmax(0,1fr)_22rem] lg:items-start lg:gap-8">
            <HospitalServicesSection hospitalId={data.id} />
            <div className="flex flex-col gap-5">
              <Card asChild className="p-5">
                <section aria-labelledby="hospital-hours-title">
                  <h2 id="hospital-hours-title" className="text-base font-semibold text-ink">
                    {t('hospitalDetails.weeklyHours')}
                  </h2>
                  <WeeklyHoursTable operatingHours={data.operatingHours} now={now} />
                </section>
              </Card>
              <Card asChild className="p-5">
                <section aria-labelledby="hospital-specialties-title">
                  <h2 id="hospital-specialties-title" className="text-base font-semibold text-ink">
                    {t('hospitalDetails.specialties')}
                  </h2>
                  <div className="mt-3">
                    {data.specialties.length > 0 ? (
                      <SpecialtyChips specialties={data.specialties} />
                    ) : (
                      <p className="text-sm text-ink-muted">{t('hospitalDetails.noSpecialties')}</p>
                    )}
                  </div>
                </section>
              </Card>
              <Card asChild className="p-5">
                <section aria-labelledby="hospital-facilities-title">
                  <h2 id="hospital-facilities-title" className="text-base font-semibold text-ink">
                    {t('hospitalDetails.facilities')}
                  </h2>
                  {data.facilities.length > 0 ? (
                    <ul className="mt-3 list-disc space-y-1 pl-5 text-sm text-ink">
                      {data.facilities.map((facility) => (
                        <li key={facility}>{facility}</li>
                      ))}
                    </ul>
                  ) : (
                    <p className="mt-3 text-sm text-ink-muted">{t('hospitalDetails.noFacilities')}</p>
                  )}
                </section>
              </Card>
            </div>
          </div>

          {data.images.length > 1 ? (
            <Card asChild className="p-5 sm:p-6">
              <section aria-labelledby="hospital-photos-title">
                <h2 id="hospital-photos-title" className="text-lg font-semibold text-ink">
                  {t('hospitalPage.photos')}
                </h2>
                <ul className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-4">
                  {data.images.slice(1).map((url, index) => (
                    <li key={url}>
                      <img
                        src={url}
                        alt={t('hospitalPage.photoAlt', { name: data.name, index: index + 2 })}
                        loading="lazy"
                        className="aspect-video w-full rounded-xl object-cover"
                      />
                    </li>
                  ))}
                </ul>
              </section>
            </Card>
          ) : null}
          <LazyPublishedReviews targetType="hospital" targetId={data.id} />
        </div>
      )}
    </div>
  )
}

function ContactList({ contact }: { contact: { phoneNumber?: string; email?: string; website?: string } }) {
  const { t } = useTranslation()
  if (!contact.phoneNumber && !contact.email && !contact.website) return null
  return (
    <ul aria-label={t('hospitalPage.contact')} className="flex flex-col gap-2 text-sm">
      {contact.phoneNumber ? (
        <li className="flex items-center gap-2">
          <Phone className="size-4 shrink-0 text-ink-muted" aria-hidden="true" />
          <a href={`tel:${contact.phoneNumber}`} className={linkClass}>
            {formatPhone(contact.phoneNumber)}
          </a>
        </li>
      ) : null}
      {contact.email ? (
        <li className="flex items-center gap-2">
          <Mail className="size-4 shrink-0 text-ink-muted" aria-hidden="true" />
          <a href={`mailto:${contact.email}`} className={linkClass}>
            {contact.email}
          </a>
        </li>
      ) : null}
      {contact.website ? (
        <li className="flex items-center gap-2">
          <Globe className="size-4 shrink-0 text-ink-muted" aria-hidden="true" />
          <a href={contact.website} target="_blank" rel="noreferrer" className={linkClass}>
            {contact.website.replace(/^https?:\/\//, '')}
            <span className="sr-only"> {t('hospitalPage.newTab')}</span>
          </a>
        </li>
      ) : null}
    </ul>
  )
}
