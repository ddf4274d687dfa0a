import { Button, Card, EmptyState, ErrorState, readServerError, Skeleton } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { ArrowLeft, UserX } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useTRPC } from '../../lib/trpc'
import { UUID } from '../booking/route-params'
import { LazyPublishedReviews } from '../reviews/lazy-published-reviews'
import { BookSlotCard } from './book-slot-card'
import { DoctorAbout, DoctorWorkplace } from './doctor-about'
import { DoctorProfileHeader } from './doctor-profile-header'

export function DoctorProfilePage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const { doctorId = '' } = useParams()
  const valid = UUID.test(doctorId)
  const doctor = useQuery({ ...trpc.doctors.get.queryOptions({ id: doctorId }), enabled: valid })

  const back = (
    <Link
      to="/doctors"
      className="inline-flex items-center gap-1.5 text-sm font-semibold text-primary-700 underline-offset-4 hover:underline"
    >
      <ArrowLeft className="size-4" aria-hidden="true" />
      {t('doctors.profile.backToSearch')}
    </Link>
  )

  if (!valid || readServerError(doctor.error).code === 'NOT_FOUND') {
    return (
      <div className="mx-auto max-w-lg px-4 py-16">
        <h1 className="sr-only">{t('doctors.profile.notFoundTitle')}</h1>
        <EmptyState
          icon={UserX}
          title={t('doctors.profile.notFoundTitle')}
          description={t('doctors.profile.notFoundDescription')}
          action={
            <Button asChild variant="secondary">
              <Link to="/doctors">{t('doctors.profile.backToSearch')}</Link>
            </Button>
          }
        />
      </div>
    )
  }

  return (
    <div className="mx-auto max-w-6xl px-4 py-5 sm:px-6 sm:py-8">
      {back}
      {doctor.isError ? (
        <div className="mt-6">
          <h1 className="sr-only">{t('doctors.profile.errorTitle')}</h1>
          <ErrorState
            title={t('doctors.profile.errorTitle')}
            onRetry={() => void doctor.refetch()}
            retrying={doctor.isRefetching}
          />
        </div>
      ) : !doctor.data ? (
        <div className="mt-4 grid gap-5 lg:grid-cols-[minmax(0,1fr)_26rem]" aria-busy="true">
          <Skeleton className="h-56 rounded-2xl" />
          <Skeleton className="h-96 rounded-2xl" />
        </div>
      ) : (
        <div className="mt-4 flex flex-col gap-5 lg:grid lg:grid-cols-[minmax(0,1fr)_26rem] lg:items-start lg:gap-8">
          <DoctorProfileHeader doctor={doctor.data} />
          <Card asChild className="p-4 sm:p-6 lg:sticky lg:top-20 lg:col-start-2 lg:row-span-3 lg:row-start-1">
            <section aria-labelledby="book-title">
              <h2 id="book-title" className="mb-4 text-lg font-semibold text-ink">
                {t('doctors.profile.bookTitle')}
              </h2>
              <BookSlotCard doctor={doctor.data} />
            </section>
          </Card>
          <DoctorWorkplace doctor={doctor.data} />
          <DoctorAbout doctor={doctor.data} />
          <LazyPublishedReviews targetType="doctor" targetId={doctor.data.id} />
        </div>
      )}
    </div>
  )
}
