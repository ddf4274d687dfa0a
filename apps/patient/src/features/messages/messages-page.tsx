import { ConversationInbox, EmptyState, Tabs, TabsContent, TabsList, TabsTrigger, useSession } from '@medbook/ui'
import { useInfiniteQuery } from '@tanstack/react-query'
import { Archive, MessagesSquare } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link, useSearchParams } from 'react-router'
import { useTRPC } from '../../lib/trpc'
import { RequirePatient } from '../auth/require-patient'

const STATUSES = ['active', 'archived'] as const

export function MessagesPage() {
  return (
    <RequirePatient>
      <Inbox />
    </RequirePatient>
  )
}

/** The patient's conversations with their doctors and hospitals' desks, newest activity first. */
function Inbox() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const viewerId = useSession().data?.id
  const [params, setParams] = useSearchParams()
  const status = params.get('status') === 'archived' ? 'archived' : 'active'
  const results = useInfiniteQuery(
    trpc.conversations.list.infiniteQueryOptions(
      { status, limit: 20 },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  )
  const inbox = (
    <ConversationInbox
      results={results}
      viewerId={viewerId}
      errorTitle={t('conversations.errorTitle')}
      renderLink={(conversation, content, className) => (
        <Link to={`/messages/${conversation.id}`} className={className}>
          {content}
        </Link>
      )}
      empty={
        status === 'archived' ? (
          <EmptyState
            icon={Archive}
            title={t('conversations.emptyArchivedTitle')}
            description={t('conversations.emptyArchivedDescription')}
          />
        ) : (
          <EmptyState
            icon={MessagesSquare}
            title={t('conversations.emptyTitle')}
            description={t('conversations.emptyDescription')}
            action={
              <Link to="/appointments" className="font-semibold text-primary-700 underline-offset-4 hover:underline">
                {t('conversations.goToAppointments')}
              </Link>
            }
          />
        )
      }
    />
  )

  return (
    <div className="mx-auto flex max-w-3xl flex-col gap-5 px-4 py-6 sm:px-6 sm:py-10">
      <div>
        <h1 className="text-2xl font-bold tracking-tight text-ink sm:text-3xl">{t('conversations.title')}</h1>
        <p className="mt-1 text-sm text-ink-muted sm:text-base">{t('conversations.description')}</p>
      </div>
      <Tabs
        value={status}
        onValueChange={(value) => setParams(value === 'archived' ? { status: 'archived' } : {}, { replace: true })}
      >
        <TabsList aria-label={t('conversations.tabsLabel')} className="flex w-full sm:w-auto">
          <TabsTrigger value="active">
            <MessagesSquare aria-hidden="true" />
            {t('conversations.active')}
          </TabsTrigger>
          <TabsTrigger value="archived">
            <Archive aria-hidden="true" />
            {t('conversations.archived')}
          </TabsTrigger>
        </TabsList>
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
