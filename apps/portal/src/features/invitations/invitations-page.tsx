import { Card, EmptyState, ErrorState, PageHeader, SectionCard, Skeleton } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { MailPlus } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import type { Invitation } from './invitation-status'
import { InvitationsTable } from './invitations-table'
import { InviteForm } from './invite-form'
import { RevokeInvitationDialog } from './revoke-invitation-dialog'

export function InvitationsPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const invitations = useQuery({ ...trpc.invitations.list.queryOptions(), staleTime: 0 })
  const [revoking, setRevoking] = useState<Invitation | null>(null)

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('invitations.title')} description={t('invitations.description')} />
      <SectionCard title={t('invitations.formTitle')} description={t('invitations.formDescription')}>
        <InviteForm />
      </SectionCard>
      {invitations.isError ? (
        <ErrorState onRetry={() => void invitations.refetch()} retrying={invitations.isRefetching} />
      ) : !invitations.data ? (
        <Skeleton className="h-48 rounded-2xl" />
      ) : invitations.data.length === 0 ? (
        <EmptyState
          icon={MailPlus}
          title={t('invitations.emptyTitle')}
          description={t('invitations.emptyDescription')}
        />
      ) : (
        <Card className="overflow-hidden">
          <InvitationsTable invitations={invitations.data} onRevoke={setRevoking} />
        </Card>
      )}
      <RevokeInvitationDialog invitation={revoking} onClose={() => setRevoking(null)} />
    </div>
  )
}
