import {
  ConversationThread,
  EmptyState,
  ErrorState,
  readServerError,
  Skeleton,
  useConversationThread,
  useSession,
  VisitCard,
} from '@medbook/ui'
import { ArrowLeft, MessageSquareOff } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { ArchiveButton } from './archive-button'
import { AssignSelect } from './assign-select'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function BackToInbox() {
  const { t } = useTranslation()
  return (
    <Link
      to="/messages"
      className="inline-flex items-center gap-1.5 text-sm font-semibold text-primary-700 underline-offset-4 hover:underline"
    >
      <ArrowLeft className="size-4" aria-hidden="true" />
      {t('conversations.back')}
    </Link>
  )
}

export function ThreadPage() {
  const { t } = useTranslation()
  const role = useSession().data?.role
  const { conversationId = '' } = useParams()
  const valid = UUID.test(conversationId)
  const { conversation, pages, threadProps } = useConversationThread(conversationId, valid)
  const code = readServerError(conversation.error).code

  if (!valid || code === 'NOT_FOUND' || code === 'FORBIDDEN') {
    return (
      <div className="mx-auto max-w-lg py-12">
        <h1 className="sr-only">{t('conversations.notFoundTitle')}</h1>
        <EmptyState
          icon={MessageSquareOff}
          title={t('conversations.notFoundTitle')}
          description={t('conversations.notFound')}
          action={<BackToInbox />}
        />
      </div>
    )
  }

  return (
    <div className="mx-auto flex max-w-4xl flex-col gap-3">
      <BackToInbox />
      {conversation.isError || pages.isError ? (
        <>
          <h1 className="sr-only">{t('conversations.threadErrorTitle')}</h1>
          <ErrorState
            title={t('conversations.threadErrorTitle')}
            onRetry={() => {
              void conversation.refetch()
              void pages.refetch()
            }}
            retrying={conversation.isRefetching || pages.isRefetching}
          />
        </>
      ) : !conversation.data || !pages.data ? (
        <div className="flex flex-col gap-3" aria-busy="true">
          <Skeleton className="h-8 w-1/2 rounded-lg" />
          <Skeleton className="h-[60dvh] rounded-2xl" />
        </div>
      ) : (
        <>
          <div className="flex flex-wrap items-center justify-between gap-3">
            <h1 className="min-w-0 truncate text-2xl font-bold tracking-tight text-ink">{conversation.data.title}</h1>
            <div className="flex flex-wrap items-center gap-2">
              {role === 'hospital' && conversation.data.hospital ? (
                <AssignSelect conversation={conversation.data} />
              ) : null}
              <ArchiveButton conversation={conversation.data} />
            </div>
          </div>
          <ConversationThread
            {...threadProps}
            title={conversation.data.title}
            header={
              conversation.data.appointment && role !== 'admin' ? (
                <VisitCard
                  appointment={conversation.data.appointment}
                  renderLink={(content, className) => (
                    <Link
                      to={`/schedule?date=${conversation.data.appointment?.appointmentDate.slice(0, 10)}`}
                      className={className}
                    >
                      {content}
                    </Link>
                  )}
                />
              ) : null
            }
          />
        </>
      )}
    </div>
  )
}
