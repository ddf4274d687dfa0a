import { Button, FormError } from '@medbook/ui'
import { Save, Undo2 } from 'lucide-react'
import type { FormEventHandler, ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { useReportDirty } from './unsaved-changes'

interface SectionFormProps {
  /** names the form for the unsaved-changes guard */
  id: string
  dirty: boolean
  pending: boolean
  formError: string | null
  onSubmit: FormEventHandler<HTMLFormElement>
  onDiscard: () => void
  children: ReactNode
}

/** One section's form: its fields, an error for the whole form, and Discard / Save. */
export function SectionForm({ id, dirty, pending, formError, onSubmit, onDiscard, children }: SectionFormProps) {
  const { t } = useTranslation()
  useReportDirty(id, dirty)
  return (
    <form noValidate className="flex flex-col gap-5" onSubmit={onSubmit}>
      {children}
      <FormError message={formError} />
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:items-center sm:justify-end">
        {dirty ? (
          <p className="text-sm text-ink-muted sm:mr-auto" role="status">
            {t('myHospital.unsavedHint')}
          </p>
        ) : null}
        <Button variant="secondary" disabled={!dirty || pending} onClick={onDiscard}>
          <Undo2 aria-hidden="true" />
          {t('myHospital.discard')}
        </Button>
        <Button type="submit" loading={pending} disabled={!dirty}>
          {pending ? null : <Save aria-hidden="true" />}
          {t('myHospital.save')}
        </Button>
      </div>
    </form>
  )
}
