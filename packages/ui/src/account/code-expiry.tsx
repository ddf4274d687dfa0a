import { useTranslation } from 'react-i18next'
import { formatSeconds, useCountdown } from '../lib/use-countdown'

/** "The code expires in 9:41", then "The code has expired" once it has. */
export function CodeExpiry({ expiresAt }: { expiresAt: number | null }) {
  const { t } = useTranslation('ui')
  const left = useCountdown(expiresAt)
  if (expiresAt === null) return t('account.verify.codeHint')
  if (left === 0) return <span className="font-medium text-danger-700">{t('account.verify.expired')}</span>
  return (
    <>
      {t('account.verify.expiresIn')} <span className="font-medium tabular-nums">{formatSeconds(left)}</span>
    </>
  )
}
