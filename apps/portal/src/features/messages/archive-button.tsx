import type { TConversationSummary } from '@medbook/contracts'
import { Button, toast, useServerErrorText } from '@medbook/ui'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { Archive, ArchiveRestore } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'

export function ArchiveButton({ conversation }: { conversation: TConversationSummary }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const errorText = useServerErrorText()
  const archived = conversation.status === 'archived'
  const archive = useMutation(
    trpc.conversations.archive.mutationOptions({
      onSuccess: async (updated) => {
        queryClient.setQueryData(trpc.conversations.get.queryKey({ conversationId: updated.id }), updated)
        toast(archived ? t('conversations.unarchivedDone') : t('conversations.archivedDone'))
        await queryClient.invalidateQueries(trpc.conversations.list.pathFilter())
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
