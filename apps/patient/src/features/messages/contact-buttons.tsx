import { Button, toast, useServerErrorText } from '@medbook/ui'
import { useMutation } from '@tanstack/react-query'
import { MessageCircleQuestion, Stethoscope } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useNavigate } from 'react-router'
import { useTRPC } from '../../lib/trpc'

/** On an appointment: open (or reopen) the conversation with its doctor or its hospital's desk. */
export function ContactButtons({ appointmentId }: { appointmentId: string }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const navigate = useNavigate()
  const errorText = useServerErrorText()
  const start = useMutation(
    trpc.conversations.start.mutationOptions({
      onSuccess: (conversation) => navigate(`/messages/${conversation.id}`),
      onError: (error) => toast(errorText(error), { tone: 'danger' }),
    }),
  )
  const startingWith = start.isPending ? start.variables?.with : null
  return (
    <section
      aria-labelledby="contact-title"
      className="rounded-2xl border border-border bg-surface p-4 shadow-card sm:p-5"
    >
      <h2 id="contact-title" className="text-base font-semibold text-ink">
        {t('conversations.contactTitle')}
      </h2>
      <p className="mt-1 text-sm text-ink-muted">{t('conversations.contactDescription')}</p>
      <div className="mt-3 flex flex-col gap-2 sm:flex-row">
        <Button
          variant="subtle"
          size="lg"
          loading={startingWith === 'doctor'}
          disabled={start.isPending}
          onClick={() => start.mutate({ with: 'doctor', appointmentId })}
        >
          <Stethoscope aria-hidden="true" />
          {t('conversations.messageDoctor')}
        </Button>
        <Button
          variant="subtle"
          size="lg"
          loading={startingWith === 'desk'}
          disabled={start.isPending}
          onClick={() => start.mutate({ with: 'desk', appointmentId })}
        >
          <MessageCircleQuestion aria-hidden="true" />
          {t('conversations.askDesk')}
        </Button>
      </div>
    </section>
  )
}
