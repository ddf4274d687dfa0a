import { CalendarDays, ChevronRight } from 'lucide-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { ChatConversation } from './chat-types'
import { useVisitText } from './use-visit-text'

/** The top of a thread: the visit it is about, linking to it (the app's router link). */
export function VisitCard({
  appointment,
  renderLink,
}: {
  appointment: NonNullable<ChatConversation['appointment']>
  renderLink: (content: ReactNode, className: string) => ReactNode
}) {
  const { t } = useTranslation('ui')
  const visitText = useVisitText()
  return renderLink(
    <>
      <span className="inline-flex size-9 shrink-0 items-center justify-center rounded-full bg-primary-50 text-primary-700">
        <CalendarDays className="size-4.5" aria-hidden="true" />
      </span>
      <span className="flex min-w-0 flex-1 flex-col">
        <span className="text-xs font-semibold text-ink-muted">{t('conversations.aboutVisit')}</span>
        <span className="truncate text-sm font-semibold text-ink">{visitText(appointment)}</span>
      </span>
      <span className="sr-only">{t('conversations.openVisit')}</span>
      <ChevronRight className="size-4 shrink-0 text-ink-muted" aria-hidden="true" />
    </>,
    'flex items-center gap-3 rounded-xl bg-surface-muted/60 px-3 py-2 transition-colors hover:bg-surface-muted',
  )
}
