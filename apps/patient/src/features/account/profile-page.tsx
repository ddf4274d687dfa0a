import { ErrorState, ProfileForm, Skeleton } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { AccountPage } from './account-page'
import { ProfilePictureCard } from './profile-picture-card'

export function ProfilePage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const profile = useQuery(trpc.profile.get.queryOptions())

  return (
    <AccountPage title={t('account.profile.title')} description={t('account.profile.description')}>
      {profile.data ? (
        <>
          <ProfilePictureCard profile={profile.data} />
          <ProfileForm key={profile.data.id} profile={profile.data} />
        </>
      ) : profile.isError ? (
        <ErrorState onRetry={() => void profile.refetch()} retrying={profile.isRefetching} />
      ) : (
        <>
          <Skeleton className="h-40 rounded-2xl" />
          <Skeleton className="h-96 rounded-2xl" />
        </>
      )}
    </AccountPage>
  )
}
