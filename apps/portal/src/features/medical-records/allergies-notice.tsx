import { Notice } from '@medbook/ui'
import { useTranslation } from 'react-i18next'

/** The patient's allergies, where a doctor cannot miss them; said plainly when none are known. */
export function AllergiesNotice({ allergies }: { allergies: readonly string[] | undefined }) {
  const { t } = useTranslation()
  if (!allergies) return null
  if (allergies.length === 0) {
    return (
      <Notice tone="info" title={t('records.allergies')}>
        {t('records.noAllergies')}
      </Notice>
    )
  }
  return (
    <Notice tone="danger" title={t('records.allergies')}>
      <ul className="flex flex-wrap gap-x-4 gap-y-1 font-semibold" data-testid="allergies">
        {allergies.map((allergy) => (
          <li key={allergy}>{allergy}</li>
        ))}
      </ul>
    </Notice>
  )
}
