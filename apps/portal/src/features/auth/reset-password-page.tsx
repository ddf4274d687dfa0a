import { AuthCard } from '@medbook/ui'
import { ShieldCheck } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { ResetPasswordForm } from './reset-password-form'

export function ResetPasswordPage() {
  const { t } = useTranslation()
  const [params] = useSearchParams()
  const token = params.get('token') ?? ''
  return (
    <AuthCard
      icon={ShieldCheck}
      title={t('auth.reset.title')}
      description={t('auth.reset.description')}
      footer={
        <Link to="/login" className="font-semibold text-primary-700 underline-offset-4 hover:underline">
          {t('auth.forgot.backToLogin')}
        </Link>
      }
    >
      <ResetPasswordForm token={token} />
    </AuthCard>
  )
}
