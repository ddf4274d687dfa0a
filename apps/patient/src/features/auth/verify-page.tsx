import { useSession, useSignedIn, VerifyCodeForm } from '@medbook/ui'
import { MailCheck } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Navigate } from 'react-router'
import { ACCOUNT_HOME } from './auth-paths'
import { AuthScreen } from './auth-screen'
import { pendingVerification } from './pending-verification'

export function VerifyPage() {
  const { t } = useTranslation()
  const session = useSession()
  const signedIn = useSignedIn()
  const [pending, setPending] = useState(pendingVerification.read)

  if (session.data) return <Navigate to={ACCOUNT_HOME} replace />

  return (
    <AuthScreen
      icon={MailCheck}
      title={t('auth.verify.title')}
      description={
        pending?.sentTo ? t('auth.verify.sentTo', { sentTo: pending.sentTo }) : t('auth.verify.descriptionUnknown')
      }
      footer={
        <>
          {t('auth.verify.wrongAddress')}{' '}
          <Link to="/signup" className="font-semibold text-primary-700 underline-offset-4 hover:underline">
            {t('auth.verify.signUpAgain')}
          </Link>
        </>
      }
    >
      <VerifyCodeForm
        pending={pending}
        onPendingChange={setPending}
        store={pendingVerification}
        identifierKind="emailOrPhone"
        onVerified={signedIn}
      />
    </AuthScreen>
  )
}
