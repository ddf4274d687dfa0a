import { formatSeconds, useCountdown } from '@medbook/ui'
import { useTranslation } from 'react-i18next'

/** "The code expires in 9:41", then "The code has expired" once it has. */
export function CodeExpiry({ expiresAt }: { expiresAt: number | null }) {
  const { t } = useTranslation()
  const left = useCountdown(expiresAt)
  if (expiresAt === null) return t('registerHospital.verify.codeHint')
  if (left === 0) return <span className="font-medium text-danger-700">{t('registerHospital.verify.expired')}</span>
  return (
    <>
      {t('registerHospital.verify.expiresIn')} <span className="font-medium tabular-nums">{formatSeconds(left)}</span>
    </>
  )
}
