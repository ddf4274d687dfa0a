import { ResetPasswordForm } from '@medbook/ui'
import { ShieldCheck } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link, useNavigate, useSearchParams } from 'react-router'
import { loginPath } from './auth-paths'
import { AuthScreen } from './auth-screen'

export function ResetPasswordPage() {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const token = params.get('token') ?? ''
  const navigate = useNavigate()
  return (
    <AuthScreen
      icon={ShieldCheck}
      title={t('auth.reset.title')}
      description={t('auth.reset.description')}
      footer={
        <Link to="/login" className="font-semibold text-primary-700 underline-offset-4 hover:underline">
          {t('auth.forgot.backToLogin')}
        </Link>
      }
    >
      <ResetPasswordForm
        token={token}
        onReset={() => void navigate(loginPath({ reason: 'password-reset' }), { replace: true })}
      />
    </AuthScreen>
  )
}
