import { Badge, ChangePasswordForm, ErrorState, PageHeader, ProfileForm, Skeleton, useSession } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { PendingApprovalNotice } from './pending-approval-notice'
import { ProfilePictureCard } from './profile-picture-card'

export function ProfilePage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const user = useSession().data
  const profile = useQuery(trpc.profile.get.queryOptions())

  return (
    <div className="flex max-w-4xl flex-col gap-6">
      <PageHeader
        title={t('account.profile.title')}
        description={t('account.profile.description')}
        actions={user ? <Badge tone="primary">{t(`roles.${user.role}`)}</Badge> : null}
      />
      <PendingApprovalNotice />
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
      <ChangePasswordForm username={user?.email ?? user?.phoneNumber ?? ''} />
    </div>
  )
}
