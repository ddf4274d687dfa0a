import { Notice } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { useLocation } from 'react-router'
import { useSession } from '../auth/use-session'

/** A doctor whose licence still waits for an administrator (right after accepting, and on every later visit). */
export function PendingApprovalNotice() {
  const { t } = useTranslation()
  const state: unknown = useLocation().state
  const session = useSession()
  const justAccepted =
    typeof state === 'object' && state !== null && 'pendingApproval' in state && state.pendingApproval
  if (!justAccepted && session.data?.doctorStatus !== 'pending') return null
  return (
    <Notice tone="warning" role="status" title={t('account.pending.title')}>
      {t('account.pending.description')}
    </Notice>
  )
}
