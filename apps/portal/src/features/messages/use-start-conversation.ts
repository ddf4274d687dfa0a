import { toast, useServerErrorText } from '@medbook/ui'
import { useMutation } from '@tanstack/react-query'
import { useNavigate } from 'react-router'
import { useTRPC } from '../../lib/trpc'

/** Opens (or reopens) a conversation and goes to it: a patient's visit for staff and doctors, any user for admins. */
export function useStartConversation() {
  const trpc = useTRPC()
  const navigate = useNavigate()
  const errorText = useServerErrorText()
  return useMutation(
    trpc.conversations.start.mutationOptions({
      onSuccess: (conversation) => navigate(`/messages/${conversation.id}`),
      onError: (error) => toast(errorText(error), { tone: 'danger' }),
    }),
  )
}
