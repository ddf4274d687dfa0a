import { MailCheck } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Navigate } from 'react-router'
import { ACCOUNT_HOME } from './auth-paths'
import { AuthScreen } from './auth-screen'
import { readPendingVerification } from './pending-verification'
import { useSession } from './use-session'
import { VerifyForm } from './verify-form'

export function VerifyPage() {
  const { t } = useTranslation()
  const session = useSession()
  const [pending, setPending] = useState(readPendingVerification)

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
      <VerifyForm pending={pending} onPendingChange={setPending} />
    </AuthScreen>
  )
}
