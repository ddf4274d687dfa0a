import { AuthCard, useSession } from '@medbook/ui'
import { Building2 } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link, Navigate } from 'react-router'
import { homeFor } from '../auth/auth-paths'
import { RegisterHospitalForm } from './register-hospital-form'

/** A hospital or clinic signs up with its staff account; an administrator verifies it afterwards. */
export function RegisterHospitalPage() {
  const { t } = useTranslation()
  const user = useSession().data
  if (user && user.role !== 'patient') return <Navigate to={homeFor(user)} replace />
  return (
    <AuthCard
      icon={Building2}
      className="max-w-2xl"
      title={t('registerHospital.title')}
      description={t('registerHospital.description')}
      footer={
        <>
          {t('registerHospital.haveAccount')}{' '}
          <Link to="/login" className="font-semibold text-primary-700 underline-offset-4 hover:underline">
            {t('registerHospital.logIn')}
          </Link>
        </>
      }
    >
      <RegisterHospitalForm />
    </AuthCard>
  )
}
