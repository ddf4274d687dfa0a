import { ConversationInbox, cn, EmptyState, Tabs, TabsContent, TabsList, TabsTrigger, useSession } from '@medbook/ui'
import { useInfiniteQuery } from '@tanstack/react-query'
import { Archive, MessagesSquare, UserCheck } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { useTRPC } from '../../lib/trpc'

const STATUSES = ['active', 'archived'] as const

function FilterChip({ pressed, onToggle, children }: { pressed: boolean; onToggle: () => void; children: string }) {
  return (
    <button
      type="button"
      aria-pressed={pressed}
      onClick={onToggle}
      className={cn(
        'inline-flex h-9 items-center rounded-full border px-4 text-sm font-semibold transition-colors',
        pressed
          ? 'border-primary-700 bg-primary-700 text-ink-inverse'
          : 'border-border-strong bg-surface text-ink hover:bg-surface-muted',
      )}
    >
      {children}
    </button>
  )
}

/**
 * Doctors: their patients' conversations; staff: their hospital desk's, with "assigned to me";
 * admins: the support inbox.
 */
export function MessagesPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const session = useSession().data
  const isStaff = session?.role === 'hospital'
  const isAdmin = session?.role === 'admin'
  const [params, setParams] = useSearchParams()
  const status = params.get('status') === 'archived' ? 'archived' : 'active'
  const unreadOnly = params.get('unread') === '1'
  const assignedToMe = isStaff && params.get('mine') === '1'
  const results = useInfiniteQuery(
    trpc.conversations.list.infiniteQueryOptions(
      { status, unreadOnly, assignedToMe, limit: 20 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  )
  const setParam = (key: 'unread' | 'mine' | 'status', value: string | null) => {
    const next = new URLSearchParams(params)
    if (value) next.set(key, value)
    else next.delete(key)
    setParams(next, { replace: true })
  }
  const filtered = unreadOnly || assignedToMe
  const inbox = (
    <ConversationInbox
      results={results}
      viewerId={session?.id}
      errorTitle={t('conversations.errorTitle')}
      renderLink={(conversation, content, className) => (
        <Link to={`/messages/${conversation.id}`} className={className}>
          {content}
        </Link>
      )}
      extra={(conversation) =>
        isStaff && conversation.assignedTo ? (
          <span className="inline-flex items-center gap-1 text-xs text-ink-muted">
            <UserCheck className="size-3.5" aria-hidden="true" />
            {t('conversations.assignedTo', { name: conversation.assignedTo.name })}
          </span>
        ) : null
      }
      empty={
        <EmptyState
          icon={MessagesSquare}
          title={t('conversations.emptyTitle')}
          description={filtered ? t('conversations.emptyFilteredDescription') : t('conversations.emptyDescription')}
        />
      }
    />
  )

  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-5">
      <div>
        <h1 className="text-2xl font-bold tracking-tight text-ink">
          {isAdmin ? t('conversations.supportTitle') : t('conversations.title')}
        </h1>
        <p className="mt-1 text-sm text-ink-muted">
          {isAdmin ? t('conversations.supportDescription') : t('conversations.description')}
        </p>
      </div>
      <Tabs value={status} onValueChange={(value) => setParam('status', value === 'archived' ? 'archived' : null)}>
        <div className="flex flex-col gap-3 sm:flex-row sm:items-center sm:justify-between">
          <TabsList aria-label={t('conversations.title')}>
            <TabsTrigger value="active">
              <MessagesSquare aria-hidden="true" />
              {t('conversations.active')}
            </TabsTrigger>
            <TabsTrigger value="archived">
              <Archive aria-hidden="true" />
              {t('conversations.archived')}
            </TabsTrigger>
          </TabsList>
          {/* biome-ignore lint/a11y/useSemanticElements: two toggle buttons, not a form fieldset */}
          <div role="group" aria-label={t('conversations.filtersLabel')} className="flex flex-wrap gap-2">
            <FilterChip pressed={unreadOnly} onToggle={() => setParam('unread', unreadOnly ? null : '1')}>
              {t('conversations.unreadOnly')}
            </FilterChip>
            {isStaff ? (
              <FilterChip pressed={assignedToMe} onToggle={() => setParam('mine', assignedToMe ? null : '1')}>
                {t('conversations.assignedToMe')}
              </FilterChip>
            ) : null}
          </div>
        </div>
        {STATUSES.map((value) => (
          // both panels exist for the tabs to point at; only the chosen one holds the list
          <TabsContent key={value} value={value} forceMount className="mt-5">
            {value === status ? inbox : null}
          </TabsContent>
        ))}
      </Tabs>
    </div>
  )
}
