import { Button, Field, Input, SectionCard } from '@medbook/ui'
import { Plus, Trash2 } from 'lucide-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { newPrescription, type PrescriptionValue } from './record-form-values'

interface PrescriptionSectionProps {
  lines: PrescriptionValue[]
  onChange: (lines: PrescriptionValue[]) => void
  readOnly: boolean
  /** the patient's allergies, shown beside the medicines */
  allergies: ReactNode
}

const FIELDS = [
  { name: 'medicationName', max: 200, className: 'sm:col-span-2' },
  { name: 'dosage', max: 100, className: '' },
  { name: 'frequency', max: 100, className: '' },
  { name: 'duration', max: 100, className: '' },
  { name: 'instructions', max: 1000, className: 'sm:col-span-3' },
] as const

export function PrescriptionSection({ lines, onChange, readOnly, allergies }: PrescriptionSectionProps) {
  const { t } = useTranslation()
  const update = (index: number, next: Partial<PrescriptionValue>) =>
    onChange(lines.map((line, i) => (i === index ? { ...line, ...next } : line)))
  return (
    <SectionCard title={t('records.prescription')}>
      <div className="flex flex-col gap-4">
        {allergies}
        {lines.length === 0 ? <p className="text-sm text-ink-muted">{t('records.noPrescription')}</p> : null}
        <ol className="flex flex-col gap-4">
          {lines.map((line, index) => (
            <li key={line.key} className="rounded-lg border border-border p-3">
              <fieldset className="grid gap-3 sm:grid-cols-5">
                <legend className="sr-only">{t('records.medicineNumber', { number: index + 1 })}</legend>
                {FIELDS.map((field) => (
                  <Field key={field.name} className={field.className} label={t(`records.line.${field.name}`)}>
                    <Input
                      value={line[field.name]}
                      maxLength={field.max}
                      disabled={readOnly}
                      onChange={(event) => update(index, { [field.name]: event.target.value })}
                    />
                  </Field>
                ))}
                {readOnly ? null : (
                  <div className="flex items-end sm:col-span-2 sm:justify-end">
                    <Button
                      variant="ghost"
                      size="sm"
                      className="text-danger-700"
                      onClick={() => onChange(lines.filter((_, i) => i !== index))}
                    >
                      <Trash2 aria-hidden="true" />
                      {t('records.removeMedicine', { number: index + 1 })}
                    </Button>
                  </div>
                )}
              </fieldset>
            </li>
          ))}
        </ol>
        {readOnly || lines.length >= 30 ? null : (
          <Button
            variant="secondary"
            size="sm"
            className="self-start"
            onClick={() => onChange([...lines, newPrescription()])}
          >
            <Plus aria-hidden="true" />
            {t('records.addMedicine')}
          </Button>
        )}
      </div>
    </SectionCard>
  )
}
