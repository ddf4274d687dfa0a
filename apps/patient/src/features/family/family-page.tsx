import { Button, EmptyState, ErrorState, Skeleton } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { UserPlus, Users } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { AccountPage } from '../account/account-page'
import { FamilyMemberCard } from './family-member-card'
import { FamilyMemberDialog } from './family-member-dialog'

const MAX_MEMBERS = 20

export function FamilyPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const members = useQuery(trpc.family.list.queryOptions())
  const [adding, setAdding] = useState(false)
  const full = (members.data?.length ?? 0) >= MAX_MEMBERS

  const addButton = (
    <Button onClick={() => setAdding(true)} disabled={full || !members.data}>
      <UserPlus aria-hidden="true" />
      {t('family.addButton')}
    </Button>
  )

  return (
    <AccountPage
      title={t('family.title')}
      description={t('family.description')}
      actions={members.data && members.data.length > 0 ? addButton : null}
    >
      {members.isError ? (
        <ErrorState onRetry={() => void members.refetch()} retrying={members.isRefetching} />
      ) : !members.data ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <Skeleton className="h-56 rounded-2xl" />
          <Skeleton className="h-56 rounded-2xl" />
        </div>
      ) : members.data.length === 0 ? (
        <EmptyState
          icon={Users}
          title={t('family.emptyTitle')}
          description={t('family.emptyDescription')}
          action={addButton}
        />
      ) : (
        <>
          <ul className="grid gap-4 sm:grid-cols-2" aria-label={t('family.listLabel')}>
            {members.data.map((member) => (
              <li key={member.id}>
                <FamilyMemberCard member={member} />
              </li>
            ))}
          </ul>
          {full ? <p className="text-sm text-ink-muted">{t('family.limitReached', { count: MAX_MEMBERS })}</p> : null}
        </>
      )}
      <FamilyMemberDialog open={adding} onOpenChange={setAdding} />
    </AccountPage>
  )
}
