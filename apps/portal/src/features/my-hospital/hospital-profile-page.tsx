import type { TMyHospitalProfile } from '@medbook/contracts'
import { Badge, ErrorState, Notice, PageHeader, Skeleton } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { BadgeCheck, Clock } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { AddressSection } from './address-section'
import { ContactSection } from './contact-section'
import { FacilitiesSection } from './facilities-section'
import { GeneralSection } from './general-section'
import { HoursSection } from './hours-section'
import { ImagesSection } from './images-section'
import { SpecialtiesSection } from './specialties-section'
import { UnsavedChangesGuard } from './unsaved-changes'

export function HospitalProfilePage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const profile = useQuery({ ...trpc.myHospital.profile.queryOptions(), staleTime: 0 })

  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title={t('myHospital.title')}
        description={t('myHospital.pageDescription')}
        actions={profile.data ? <ReviewBadge profile={profile.data} /> : null}
      />
      {profile.isError ? (
        <ErrorState
          title={t('myHospital.errorTitle')}
          onRetry={() => void profile.refetch()}
          retrying={profile.isRefetching}
        />
      ) : !profile.data ? (
        <div className="flex flex-col gap-6">
          <Skeleton className="h-56 rounded-2xl" />
          <Skeleton className="h-72 rounded-2xl" />
        </div>
      ) : (
        <UnsavedChangesGuard>
          {profile.data.status !== 'active' || !profile.data.verified ? (
            <Notice tone="warning" title={t('myHospital.notListedTitle')}>
              {t('myHospital.notListedDescription')}
            </Notice>
          ) : null}
          <div className="flex flex-col gap-6">
            <GeneralSection profile={profile.data} />
            <AddressSection profile={profile.data} />
            <ContactSection profile={profile.data} />
            <HoursSection profile={profile.data} />
            <SpecialtiesSection profile={profile.data} />
            <FacilitiesSection profile={profile.data} />
            <ImagesSection profile={profile.data} />
          </div>
        </UnsavedChangesGuard>
      )}
    </div>
  )
}

function ReviewBadge({ profile }: { profile: TMyHospitalProfile }) {
  const { t } = useTranslation()
  if (profile.verified && profile.status === 'active') {
    return (
      <Badge tone="success" className="text-sm">
        <BadgeCheck aria-hidden="true" />
        {t('myHospital.listed')}
      </Badge>
    )
  }
  return (
    <Badge tone="warning" className="text-sm">
      <Clock aria-hidden="true" />
      {t(`myHospital.status.${profile.verified ? profile.status : 'pending'}`)}
    </Badge>
  )
}
