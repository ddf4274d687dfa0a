import { markSigningOut, toast } from '@medbook/ui'
import { useMutation } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useTRPC } from '../../lib/trpc'
import { useSignedOut } from './use-session'

/** Ends this device's session and returns to the log-in page. */
export function useLogout() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const navigate = useNavigate()
  const signedOut = useSignedOut()
  return useMutation(
    trpc.auth.logout.mutationOptions({
      // even when the server already ended the session, this device is signed out
      onSettled: async () => {
        markSigningOut(true)
        await navigate('/login')
        signedOut()
        toast(t('auth.loggedOut'))
      },
    }),
  )
}
