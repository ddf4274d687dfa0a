import { Notice, useSession } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'react-router'

/**
 * An account that cannot work fully yet: a doctor whose licence waits for an administrator
 * (right after accepting, and on every later visit), or hospital staff whose newly registered
 * hospital waits for verification, or was not approved.
 */
export function PendingApprovalNotice() {
  const { t } = useTranslation()
  const state: unknown = useLocation().state
  const user = useSession().data
  const justAccepted =
    typeof state === 'object' && state !== null && 'pendingApproval' in state && state.pendingApproval
  if (user?.role === 'hospital' && user.hospitalStatus === 'pending') {
    return (
      <Notice tone="warning" role="status" title={t('account.hospitalPending.title')}>
        {t('account.hospitalPending.description')}
      </Notice>
    )
  }
  if (user?.role === 'hospital' && user.hospitalStatus === 'inactive') {
    return (
      <Notice tone="danger" role="status" title={t('account.hospitalInactive.title')}>
        {t('account.hospitalInactive.description')}
      </Notice>
    )
  }
  if (!justAccepted && user?.doctorStatus !== 'pending') return null
  return (
    <Notice tone="warning" role="status" title={t('account.pending.title')}>
      {t('account.pending.description')}
    </Notice>
  )
}
