import { AuthCard, LoginForm, Notice, useSession, useSignedIn } from '@medbook/ui'
import { LogIn } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router'
import { pendingRegistration } from '../register-hospital/pending-registration'
import { homeFor, readLoginReason, safeNext } from './auth-paths'
import { PatientAccountNotice } from './patient-account-notice'

export function LoginPage() {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const session = useSession()
  const signedIn = useSignedIn()
  const navigate = useNavigate()
  const reason = readLoginReason(params.get('reason'))
  const user = session.data

  // signed in already, or just now: on to where the reader was going
  if (user && user.role !== 'patient') return <Navigate to={safeNext(params.get('next')) ?? homeFor(user)} replace />

  return (
    <AuthCard
      icon={LogIn}
      title={t('auth.login.title')}
      description={t('auth.login.description')}
      footer={
        user ? null : (
          <>
            {t('auth.login.newHospital')}{' '}
            <Link to="/register-hospital" className="font-semibold text-primary-700 underline-offset-4 hover:underline">
              {t('auth.login.registerHospital')}
            </Link>
          </>
        )
      }
    >
      {user ? (
        <PatientAccountNotice user={user} />
      ) : (
        <div className="flex flex-col gap-5">
          {reason === 'session-ended' ? (
            <Notice tone="warning" role="status" title={t('auth.login.sessionEndedTitle')}>
              {t('auth.login.sessionEnded')}
            </Notice>
          ) : reason === 'password-reset' ? (
            <Notice tone="success" role="status">
              {t('auth.login.passwordReset')}
            </Notice>
          ) : null}
          <LoginForm
            onSignedIn={signedIn}
            onUnverified={(identifier) => {
              // a hospital registered but never verified: on to the code screen, where a new code can be sent
              pendingRegistration.save({ identifier, sentTo: null, codeExpiresAt: null, sentAt: null })
              void navigate('/register-hospital/verify')
            }}
          />
        </div>
      )}
    </AuthCard>
  )
}
