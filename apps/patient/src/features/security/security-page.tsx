import { useTranslation } from 'react-i18next'
import { AccountPage } from '../account/account-page'
import { ChangePasswordForm } from './change-password-form'
import { LogoutEverywhereCard } from './logout-everywhere-card'
import { SessionsCard } from './sessions-card'

export function SecurityPage() {
  const { t } = useTranslation()
  return (
    <AccountPage title={t('security.title')} description={t('security.description')}>
      <ChangePasswordForm />
      <SessionsCard />
      <LogoutEverywhereCard />
    </AccountPage>
  )
}
