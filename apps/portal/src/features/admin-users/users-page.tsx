import { Button, Card, EmptyState, ErrorState, PageHeader, Pagination, useSession } from '@medbook/ui'
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { SearchX } from 'lucide-react'
import { useCallback, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { useCursorPages } from '../../lib/use-cursor-pages'
import { RoleChangeDialog } from './role-change-dialog'
import type { StatusChange } from './status-actions'
import { useUserFilters } from './use-user-filters'
import { UserFilters } from './user-filters'
import { UserStatusDialog } from './user-status-dialog'
import { type UserSummary, UsersTable } from './users-table'

const PAGE_SIZE = 20

export function UsersPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const self = useSession().data
  const { filters, hasFilters, clearFilters } = useUserFilters()
  const pages = useCursorPages(JSON.stringify(filters))
  const users = useQuery({
    ...trpc.admin.users.queryOptions({ ...filters, cursor: pages.cursor, limit: PAGE_SIZE }),
    placeholderData: keepPreviousData,
    staleTime: 0,
  })
  const [changing, setChanging] = useState<{ user: UserSummary; change: StatusChange } | null>(null)
  const [changingRole, setChangingRole] = useState<UserSummary | null>(null)
  const changeStatus = useCallback((user: UserSummary, change: StatusChange) => setChanging({ user, change }), [])
  const items = users.data?.items ?? []
  const firstRow = (pages.page - 1) * PAGE_SIZE + 1

  return (
    <div className="flex flex-col gap-6">
      <PageHeader title={t('users.title')} description={t('users.description')} />
      <Card className="p-4 sm:p-5">
        <UserFilters />
      </Card>
      {users.isError && !users.data ? (
        <ErrorState onRetry={() => void users.refetch()} retrying={users.isRefetching} />
      ) : users.isSuccess && items.length === 0 ? (
        <EmptyState
          icon={SearchX}
          title={t('users.emptyTitle')}
          description={t('users.emptyDescription')}
          action={
            hasFilters ? (
              <Button variant="secondary" onClick={clearFilters}>
                {t('users.clearFilters')}
              </Button>
            ) : null
          }
        />
      ) : (
        <Card className="overflow-hidden">
          <div className={users.isPlaceholderData ? 'opacity-60 transition-opacity' : 'transition-opacity'}>
            <UsersTable
              users={items}
              loading={users.isPending}
              selfId={self?.id}
              onChangeStatus={changeStatus}
              onChangeRole={setChangingRole}
            />
          </div>
          <div className="border-t border-border px-4 py-3">
            <Pagination
              page={pages.page}
              hasPrevious={pages.hasPrevious}
              hasNext={Boolean(users.data?.nextCursor) && !users.isPlaceholderData}
              onPrevious={pages.previous}
              onNext={() => users.data?.nextCursor && pages.next(users.data.nextCursor)}
              summary={
                items.length > 0 ? t('users.rows', { from: firstRow, to: firstRow + items.length - 1 }) : undefined
              }
            />
          </div>
        </Card>
      )}
      {changing ? (
        <UserStatusDialog user={changing.user} change={changing.change} onClose={() => setChanging(null)} />
      ) : null}
      {changingRole ? <RoleChangeDialog user={changingRole} onClose={() => setChangingRole(null)} /> : null}
    </div>
  )
}
