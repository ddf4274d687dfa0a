import { Button } from '@medbook/ui'
import { MessageCircle } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useStartConversation } from './use-start-conversation'

/** On a visit in the day queue: the conversation with its patient about it. */
export function MessagePatientButton({ appointmentId, name }: { appointmentId: string; name: string }) {
  const { t } = useTranslation()
  const start = useStartConversation()
  return (
    <Button
      size="sm"
      variant="ghost"
      loading={start.isPending}
      onClick={() => start.mutate({ with: 'patient', appointmentId })}
    >
      <MessageCircle aria-hidden="true" />
      {t('conversations.messagePatient')}
      {/* which patient, for screen readers going down the queue */}
      <span className="sr-only">{name}</span>
    </Button>
  )
}
