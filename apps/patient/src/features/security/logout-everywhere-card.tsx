import {
  Button,
  ConfirmDialog,
  markSigningOut,
  Notice,
  SectionCard,
  useServerErrorText,
  useSignedOut,
} from '@medbook/ui'
import { useMutation } from '@tanstack/react-query'
import { LogOut } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useTRPC } from '../../lib/trpc'
import { loginPath } from '../auth/auth-paths'

export function LogoutEverywhereCard() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const navigate = useNavigate()
  const signedOut = useSignedOut()
  const serverErrorText = useServerErrorText()
  const [open, setOpen] = useState(false)
  const logoutEverywhere = useMutation(
    trpc.auth.logoutEverywhere.mutationOptions({
      onSuccess: async () => {
        markSigningOut(true)
        await navigate(loginPath({ reason: 'signed-out-everywhere' }), { replace: true })
        signedOut()
      },
    }),
  )

  return (
    <SectionCard title={t('security.everywhere.title')} description={t('security.everywhere.description')}>
      <Button variant="danger" className="w-full sm:w-auto" onClick={() => setOpen(true)}>
        <LogOut aria-hidden="true" />
        {t('security.everywhere.button')}
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={t('security.everywhere.confirmTitle')}
        description={t('security.everywhere.confirmDescription')}
        confirmLabel={t('security.everywhere.confirm')}
        pending={logoutEverywhere.isPending}
        onConfirm={() => logoutEverywhere.mutate()}
      >
        {logoutEverywhere.isError ? (
          <Notice tone="danger" role="alert">
            {serverErrorText(logoutEverywhere.error)}
          </Notice>
        ) : null}
      </ConfirmDialog>
    </SectionCard>
  )
}
