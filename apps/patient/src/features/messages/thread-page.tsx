import type { TConversationSummary } from '@medbook/contracts'
import {
  Button,
  ConversationThread,
  EmptyState,
  ErrorState,
  readServerError,
  Skeleton,
  toast,
  useConversationThread,
  useServerErrorText,
  VisitCard,
} from '@medbook/ui'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Archive, ArchiveRestore, ArrowLeft, MessageSquareOff } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link, useParams } from 'react-router'
import { useTRPC } from '../../lib/trpc'
import { RequirePatient } from '../auth/require-patient'
import { UUID } from '../booking/route-params'

export function ThreadPage() {
  return (
    <RequirePatient>
      <Thread />
    </RequirePatient>
  )
}

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

function Thread() {
  const { t } = useTranslation()
  const { conversationId = '' } = useParams()
  const valid = UUID.test(conversationId)
  const { conversation, pages, threadProps } = useConversationThread(conversationId, valid)
  const notFound =
    !valid ||
    readServerError(conversation.error).code === 'NOT_FOUND' ||
    readServerError(conversation.error).code === 'FORBIDDEN'

  if (notFound) {
    return (
      <div className="mx-auto max-w-lg px-4 py-16">
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
    <div className="mx-auto flex max-w-3xl flex-col gap-3 px-3 py-4 sm:px-6 sm:py-6">
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
          <div className="flex items-center justify-between gap-3">
            <h1 className="min-w-0 truncate text-xl font-bold tracking-tight text-ink sm:text-2xl">
              {conversation.data.title}
            </h1>
            <ArchiveButton conversation={conversation.data} />
          </div>
          <ConversationThread
            {...threadProps}
            title={conversation.data.title}
            header={
              conversation.data.appointment ? (
                <VisitCard
                  appointment={conversation.data.appointment}
                  renderLink={(content, className) => (
                    <Link to={`/appointments/${conversation.data.appointment?.id}`} className={className}>
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

function ArchiveButton({ conversation }: { conversation: TConversationSummary }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const errorText = useServerErrorText()
  const archived = conversation.status === 'archived'
  const archive = useMutation(
    trpc.conversations.archive.mutationOptions({
      onSuccess: async () => {
        toast(archived ? t('conversations.unarchivedDone') : t('conversations.archivedDone'))
        await Promise.all([
          queryClient.invalidateQueries(trpc.conversations.get.queryFilter({ conversationId: conversation.id })),
          queryClient.invalidateQueries(trpc.conversations.list.pathFilter()),
        ])
      },
      onError: (error) => toast(errorText(error), { tone: 'danger' }),
    }),
  )
  return (
    <Button
      variant="secondary"
      size="sm"
      loading={archive.isPending}
      onClick={() => archive.mutate({ conversationId: conversation.id, archived: !archived })}
    >
      {archived ? <ArchiveRestore aria-hidden="true" /> : <Archive aria-hidden="true" />}
      {archived ? t('conversations.unarchive') : t('conversations.archive')}
    </Button>
  )
}
