import { LoginForm, useSession, useSignedIn } from '@medbook/ui'
import { LogIn } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router'
import { readLoginReason, safeNext } from './auth-paths'
import { AuthScreen } from './auth-screen'
import { LoginReasonNotice } from './login-reason-notice'
import { pendingVerification } from './pending-verification'

export function LoginPage() {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const session = useSession()
  const signedIn = useSignedIn()
  const navigate = useNavigate()
  const next = safeNext(params.get('next'))
  const reason = readLoginReason(params.get('reason'))

  // signed in already, or just now: on to where the reader was going
  if (session.data) return <Navigate to={next} replace />

  return (
    <AuthScreen
      icon={LogIn}
      title={t('auth.login.title')}
      description={t('auth.login.description')}
      footer={
        <>
          {t('auth.login.noAccount')}{' '}
          <Link to="/signup" className="font-semibold text-primary-700 underline-offset-4 hover:underline">
            {t('auth.login.signUpLink')}
          </Link>
        </>
      }
    >
      <div className="flex flex-col gap-5">
        {reason ? <LoginReasonNotice reason={reason} /> : null}
        <LoginForm
          onSignedIn={signedIn}
          onUnverified={(identifier) => {
            pendingVerification.save({ identifier, sentTo: null, codeExpiresAt: null, sentAt: null })
            void navigate('/verify')
          }}
        />
      </div>
    </AuthScreen>
  )
}
