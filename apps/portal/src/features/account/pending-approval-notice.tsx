import { Notice } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'react-router'

/** Right after a doctor accepts an invitation: the licence still waits for an administrator. */
export function PendingApprovalNotice() {
  const { t } = useTranslation()
  const state: unknown = useLocation().state
  const pending = typeof state === 'object' && state !== null && 'pendingApproval' in state && state.pendingApproval
  if (!pending) return null
  return (
    <Notice tone="warning" role="status" title={t('account.pending.title')}>
      {t('account.pending.description')}
    </Notice>
  )
}
