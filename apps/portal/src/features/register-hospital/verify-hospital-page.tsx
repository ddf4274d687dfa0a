import { AuthCard, Notice } from '@medbook/ui'
import { MailCheck } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Navigate } from 'react-router'
import { homeFor } from '../auth/auth-paths'
import { useSession } from '../auth/use-session'
import { readPendingRegistration } from './pending-registration'
import { VerifyHospitalForm } from './verify-hospital-form'

/** The emailed six-digit code proves the staff account's address; then the account signs in. */
export function VerifyHospitalPage() {
  const { t } = useTranslation()
  const user = useSession().data
  const [pending, setPending] = useState(readPendingRegistration)

  if (user && user.role !== 'patient') return <Navigate to={homeFor(user)} replace />

  return (
    <AuthCard
      icon={MailCheck}
      title={t('registerHospital.verify.title')}
      description={
        pending?.sentTo
          ? t('registerHospital.verify.sentTo', { sentTo: pending.sentTo })
          : t('registerHospital.verify.descriptionUnknown')
      }
      footer={
        <>
          {t('registerHospital.verify.wrongAddress')}{' '}
          <Link to="/register-hospital" className="font-semibold text-primary-700 underline-offset-4 hover:underline">
            {t('registerHospital.verify.registerAgain')}
          </Link>
        </>
      }
    >
      <div className="flex flex-col gap-5">
        {/* arriving from log in with an unverified account: no code was sent this time yet */}
        {pending && pending.sentAt === null ? (
          <Notice tone="warning" role="status">
            {t('auth.errors.unverified')}
          </Notice>
        ) : null}
        <VerifyHospitalForm pending={pending} onPendingChange={setPending} />
      </div>
    </AuthCard>
  )
}
