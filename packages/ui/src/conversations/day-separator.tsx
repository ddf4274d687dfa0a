import { useTranslation } from 'react-i18next'
import { formatDay, platformDay } from './chat-format'

/** "Hôm nay", "Hôm qua" or the date, between the messages of two days. */
export function DaySeparator({ day }: { day: string }) {
  const { t, i18n } = useTranslation('ui')
  const today = platformDay(new Date())
  const yesterday = platformDay(new Date(Date.now() - 86_400_000))
  const label =
    day === today
      ? t('conversations.today')
      : day === yesterday
        ? t('conversations.yesterday')
        : formatDay(day, i18n.language)
  return (
    <li className="my-2 flex items-center gap-3 text-xs font-semibold text-ink-muted">
      <span className="h-px flex-1 bg-border" aria-hidden="true" />
      <span>{label}</span>
      <span className="h-px flex-1 bg-border" aria-hidden="true" />
    </li>
  )
}
