import { buttonClassName, ErrorState, Notice, PageHeader, Skeleton } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { ExternalLink } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { DoctorProfileForm } from './doctor-profile-form'
import { ManagedDetails } from './managed-details'

/** A doctor's own professional profile: what the hospital keeps, and what they write themselves. */
export function DoctorProfilePage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const profile = useQuery(trpc.doctorSelf.profile.queryOptions())
  const data = profile.data

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t('doctorProfile.title')}
        description={t('doctorProfile.description')}
        actions={
          data?.status === 'approved' ? (
            // the public profile lives in the patient app, outside the portal
            <a href={`/doctors/${data.id}`} target="_blank" rel="noreferrer" className={buttonClassName('secondary')}>
              <ExternalLink aria-hidden="true" />
              {t('doctorProfile.viewPublic')}
            </a>
          ) : null
        }
      />
      {profile.isError ? (
        <ErrorState
          title={t('doctorProfile.errorTitle')}
          onRetry={() => void profile.refetch()}
          retrying={profile.isRefetching}
        />
      ) : !data ? (
        <>
          <Skeleton className="h-48 rounded-2xl" />
          <Skeleton className="h-96 rounded-2xl" />
        </>
      ) : (
        <>
          {data.status !== 'approved' ? <Notice tone="warning">{t('doctorProfile.pendingNotice')}</Notice> : null}
          <ManagedDetails profile={data} />
          <DoctorProfileForm key={data.id} profile={data} />
        </>
      )}
    </div>
  )
}
