import { cn } from '@medbook/ui'
import { useTranslation } from 'react-i18next'

/** The number the patient gives at the reception desk, large enough to read out. */
export function QueueNumber({ number, size = 'md' }: { number: number; size?: 'md' | 'lg' }) {
  const { t } = useTranslation()
  return (
    <div
      className={cn(
        'flex shrink-0 flex-col items-center justify-center rounded-xl bg-primary-50 text-primary-900',
        size === 'lg' ? 'size-28' : 'size-16',
      )}
    >
      <span className="sr-only">{t('appointments.card.queueNumberLabel', { number })}</span>
      <span
        aria-hidden="true"
        className={cn('font-semibold uppercase', size === 'lg' ? 'text-sm' : 'text-[0.6875rem]')}
      >
        {t('appointments.card.queueShort')}
      </span>
      <span
        aria-hidden="true"
        className={cn('leading-none font-bold tabular-nums', size === 'lg' ? 'text-5xl' : 'text-2xl')}
      >
        {number}
      </span>
    </div>
  )
}
