import type { TMyHospitalProfile, TUpdateHospitalProfileInput } from '@medbook/contracts'
import { toast } from '@medbook/ui'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'

interface SaveProfileOptions {
  onSaved: (profile: TMyHospitalProfile) => void
  onError: (error: unknown) => void
}

/** Saves one part of the hospital's profile; the other parts keep their own unsaved edits. */
export function useSaveProfile({ onSaved, onError }: SaveProfileOptions) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const mutation = useMutation(
    trpc.myHospital.updateProfile.mutationOptions({
      onSuccess: async (profile) => {
        queryClient.setQueryData(trpc.myHospital.profile.queryKey(), profile)
        onSaved(profile)
        toast(t('myHospital.saved'))
        // the public hospital list shows the same details
        await queryClient.invalidateQueries({ queryKey: trpc.hospitals.pathKey() })
      },
      onError,
    }),
  )
  return {
    save: (input: TUpdateHospitalProfileInput) => mutation.mutate(input),
    pending: mutation.isPending,
  }
}
