import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useTRPC } from '../api/trpc'
import { toast } from '../components/toaster'
import { markSigningOut } from './session-events'
import { useSignedOut } from './use-session'

/** Ends this device's session and goes to `landing` (the patient app's home, the portal's log-in). */
export function useLogout(landing: string) {
  const { t } = useTranslation('ui')
  const trpc = useTRPC()
  const navigate = useNavigate()
  const signedOut = useSignedOut()
  return useMutation(
    trpc.auth.logout.mutationOptions({
      // even when the server already ended the session, this device is signed out
      onSettled: async () => {
        markSigningOut(true)
        await navigate(landing)
        signedOut()
        toast(t('loggedOut'))
      },
    }),
  )
}
