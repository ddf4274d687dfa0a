import type { TProfile } from '@medbook/contracts'
import { AvatarUpload, fullName } from '@medbook/ui'
import { useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'

export function ProfilePictureCard({ profile }: { profile: TProfile }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  return (
    <AvatarUpload
      name={fullName(profile)}
      src={profile.profilePicture}
      description={t('account.picture.description')}
      onUploaded={() =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: trpc.profile.get.queryKey() }),
          queryClient.invalidateQueries({ queryKey: trpc.auth.me.queryKey() }),
        ])
      }
    />
  )
}
