import { AuthCard, ForgotPasswordEmailForm } from '@medbook/ui'
import { KeyRound } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

export function ForgotPasswordPage() {
  const { t } = useTranslation()
  return (
    <AuthCard
      icon={KeyRound}
      title={t('auth.forgot.title')}
      description={t('auth.forgot.description')}
      footer={
        <Link to="/login" className="font-semibold text-primary-700 underline-offset-4 hover:underline">
          {t('auth.forgot.backToLogin')}
        </Link>
      }
    >
      <ForgotPasswordEmailForm emailKind="workEmail" />
    </AuthCard>
  )
}
