import { ErrorState, Skeleton } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { AccountPage } from '../account/account-page'
import { MedicalForm } from './medical-form'

export function MedicalPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const profile = useQuery(trpc.patients.medicalProfile.queryOptions())

  return (
    <AccountPage title={t('medical.title')} description={t('medical.description')}>
      {profile.data ? (
        <MedicalForm profile={profile.data} />
      ) : profile.isError ? (
        <ErrorState onRetry={() => void profile.refetch()} retrying={profile.isRefetching} />
      ) : (
        <>
          <Skeleton className="h-40 rounded-2xl" />
          <Skeleton className="h-56 rounded-2xl" />
        </>
      )}
    </AccountPage>
  )
}
