import { Notice } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import type { LoginReason } from './auth-paths'

export function LoginReasonNotice({ reason }: { reason: LoginReason }) {
  const { t } = useTranslation()
  if (reason === 'session-ended') {
    return (
      <Notice tone="warning" role="status" title={t('auth.login.sessionEndedTitle')}>
        {t('auth.login.sessionEnded')}
      </Notice>
    )
  }
  if (reason === 'password-reset') {
    return (
      <Notice tone="success" role="status">
        {t('auth.login.passwordReset')}
      </Notice>
    )
  }
  return (
    <Notice tone="success" role="status">
      {t('auth.login.signedOutEverywhere')}
    </Notice>
  )
}
