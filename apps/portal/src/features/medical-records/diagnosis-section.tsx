import { Button, SectionCard } from '@medbook/ui'
import { Plus, Trash2 } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { DiagnosisCombobox } from './diagnosis-combobox'
import { type DiagnosisValue, newDiagnosis } from './record-form-values'

interface DiagnosisSectionProps {
  entries: DiagnosisValue[]
  onChange: (entries: DiagnosisValue[]) => void
  readOnly: boolean
}

export function DiagnosisSection({ entries, onChange, readOnly }: DiagnosisSectionProps) {
  const { t } = useTranslation()
  const update = (index: number, next: Partial<DiagnosisValue>) =>
    onChange(entries.map((entry, i) => (i === index ? { ...entry, ...next } : entry)))
  return (
    <SectionCard title={t('records.diagnosis')} description={readOnly ? undefined : t('records.diagnosisHint')}>
      <ol className="flex flex-col gap-3">
        {entries.map((entry, index) => (
          <li key={entry.key} className="flex items-start gap-2">
            <DiagnosisCombobox
              label={t('records.diagnosisLabel', { number: index + 1 })}
              text={entry.text}
              code={entry.code}
              disabled={readOnly}
              onChange={(text, code) => update(index, { text, code })}
            />
            {readOnly || entries.length === 1 ? null : (
              <Button
                variant="ghost"
                size="sm"
                aria-label={t('records.removeDiagnosis', { number: index + 1 })}
                onClick={() => onChange(entries.filter((_, i) => i !== index))}
              >
                <Trash2 aria-hidden="true" />
              </Button>
            )}
          </li>
        ))}
      </ol>
      {readOnly || entries.length >= 20 ? null : (
        <Button
          variant="secondary"
          size="sm"
          className="mt-3 self-start"
          onClick={() => onChange([...entries, newDiagnosis()])}
        >
          <Plus aria-hidden="true" />
          {t('records.addDiagnosis')}
        </Button>
      )}
    </SectionCard>
  )
}
