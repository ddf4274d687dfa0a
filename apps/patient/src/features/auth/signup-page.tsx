import { useSession } from '@medbook/ui'
import { UserPlus } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link, Navigate } from 'react-router'
import { ACCOUNT_HOME } from './auth-paths'
import { AuthScreen } from './auth-screen'
import { SignUpForm } from './signup-form'

export function SignUpPage() {
  const { t } = useTranslation()
  const session = useSession()
  if (session.data) return <Navigate to={ACCOUNT_HOME} replace />
  return (
    <AuthScreen
      icon={UserPlus}
      title={t('auth.signup.title')}
      description={t('auth.signup.description')}
      footer={
        <>
          {t('auth.signup.haveAccount')}{' '}
          <Link to="/login" className="font-semibold text-primary-700 underline-offset-4 hover:underline">
            {t('auth.signup.logInLink')}
          </Link>
        </>
      }
    >
      <SignUpForm />
    </AuthScreen>
  )
}
