import type { TConversationSummary } from '@medbook/contracts'
import { fullName, Label, Select, toast, useServerErrorText, useSession } from '@medbook/ui'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'

const DESK = 'desk'

/**
 * Staff: who handles a desk conversation. The choices are the desk's staff the portal knows of
 * (the reader, the staff already in the conversation, whoever it is assigned to) and the
 * hospital's active doctors, who join the conversation when it is handed to them.
 */
export function AssignSelect({ conversation }: { conversation: TConversationSummary }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const errorText = useServerErrorText()
  const me = useSession().data
  const id = useId()
  const staff = new Map<string, string>()
  if (me) staff.set(me.id, t('conversations.me', { name: fullName(me) }))
  for (const participant of conversation.participants) {
    if (participant.role === 'hospital' && !participant.left && !staff.has(participant.userId)) {
      staff.set(participant.userId, participant.name)
    }
  }
  const roster = useQuery(trpc.myHospital.roster.queryOptions())
  for (const doctor of roster.data ?? []) {
    if (doctor.status === 'approved' && doctor.accountStatus === 'active' && !staff.has(doctor.userId)) {
      staff.set(doctor.userId, t('conversations.doctorOption', { name: doctor.name }))
    }
  }
  if (conversation.assignedTo && !staff.has(conversation.assignedTo.userId)) {
    staff.set(conversation.assignedTo.userId, conversation.assignedTo.name)
  }
  const assign = useMutation(
    trpc.conversations.assign.mutationOptions({
      onSuccess: async (updated) => {
        queryClient.setQueryData(trpc.conversations.get.queryKey({ conversationId: updated.id }), updated)
        toast(
          updated.assignedTo
            ? t('conversations.assignedDone', { name: updated.assignedTo.name })
            : t('conversations.returnedToDesk'),
        )
        await queryClient.invalidateQueries(trpc.conversations.list.pathFilter())
      },
      onError: (error) => toast(errorText(error), { tone: 'danger' }),
    }),
  )
  return (
    <div className="flex items-center gap-2">
      <Label htmlFor={id} className="shrink-0 text-sm text-ink-muted">
        {t('conversations.assignLabel')}
      </Label>
      <Select
        id={id}
        className="h-9 w-52"
        disabled={assign.isPending}
        value={conversation.assignedTo?.userId ?? DESK}
        onValueChange={(value) =>
          assign.mutate({ conversationId: conversation.id, assigneeUserId: value === DESK ? null : value })
        }
        options={[
          { value: DESK, label: t('conversations.desk') },
          ...[...staff].map(([value, label]) => ({ value, label })),
        ]}
      />
    </div>
  )
}
