import { ChangePasswordForm, useSession } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { AccountPage } from '../account/account-page'
import { LogoutEverywhereCard } from './logout-everywhere-card'
import { SessionsCard } from './sessions-card'

export function SecurityPage() {
  const { t } = useTranslation()
  const user = useSession().data
  return (
    <AccountPage title={t('security.title')} description={t('security.description')}>
      <ChangePasswordForm username={user?.email ?? user?.phoneNumber ?? ''} />
      <SessionsCard />
      <LogoutEverywhereCard />
    </AccountPage>
  )
}
