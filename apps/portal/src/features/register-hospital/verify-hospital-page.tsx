import { AuthCard, Notice, useSession, useSignedIn, VerifyCodeForm } from '@medbook/ui'
import { MailCheck } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link, Navigate, useNavigate } from 'react-router'
import { homeFor } from '../auth/auth-paths'
import { pendingRegistration } from './pending-registration'

/** The emailed six-digit code proves the staff account's address; then the account signs in. */
export function VerifyHospitalPage() {
  const { t } = useTranslation()
  const user = useSession().data
  const signedIn = useSignedIn()
  const navigate = useNavigate()
  const [pending, setPending] = useState(pendingRegistration.read)

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
        <VerifyCodeForm
          pending={pending}
          onPendingChange={setPending}
          store={pendingRegistration}
          identifierKind="workEmail"
          onVerified={async (verified) => {
            signedIn(verified)
            // a new hospital waits for an administrator: its profile says so
            await navigate(verified.role === 'patient' ? '/login' : homeFor(verified), { replace: true })
          }}
        />
      </div>
    </AuthCard>
  )
}
