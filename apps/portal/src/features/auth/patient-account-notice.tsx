import type { TSessionUser } from '@medbook/contracts'
import { Button, fullName, Notice, useLogout } from '@medbook/ui'
import { useTranslation } from 'react-i18next'

/** A patient signed in here: the portal is not for them; MedBook for patients is one link away. */
export function PatientAccountNotice({ user }: { user: TSessionUser }) {
  const { t } = useTranslation()
  const logout = useLogout('/login')
  return (
    <div className="flex flex-col gap-5">
      <Notice tone="info" role="alert" title={t('auth.patient.title')}>
        {t('auth.patient.description', { name: fullName(user) })}
      </Notice>
      <Button asChild size="lg" className="w-full">
        <a href="/">{t('auth.patient.openApp')}</a>
      </Button>
      <Button variant="secondary" className="w-full" loading={logout.isPending} onClick={() => logout.mutate()}>
        {t('auth.patient.logOut')}
      </Button>
    </div>
  )
}
