import { Button, Field, Input, SectionCard, Textarea, toast, useServerErrorText } from '@medbook/ui'
import { FileText, Paperclip, Plus, Trash2, X } from 'lucide-react'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { type LabFileValue, type LabTestValue, newLabTest } from './record-form-values'
import { MAX_RECORD_FILE_MEGABYTES, RECORD_FILE_ACCEPT, recordFileProblem } from './upload-record-file'

interface LabTestsSectionProps {
  tests: LabTestValue[]
  onChange: (tests: LabTestValue[]) => void
  readOnly: boolean
  /** uploads a result file to the record (saving the draft first if needed) */
  upload: (file: File) => Promise<LabFileValue>
}

export function LabTestsSection({ tests, onChange, readOnly, upload }: LabTestsSectionProps) {
  const { t } = useTranslation()
  const serverErrorText = useServerErrorText()
  const [uploading, setUploading] = useState<string | null>(null)
  const latestTests = useRef(tests)
  latestTests.current = tests
  const update = (key: string, next: (test: LabTestValue) => LabTestValue) =>
    onChange(tests.map((test) => (test.key === key ? next(test) : test)))

  const attach = async (test: LabTestValue, file: File) => {
    const problem = recordFileProblem(file)
    if (problem) {
      toast(problem === 'type' ? t('records.fileType') : t('records.fileSize', { size: MAX_RECORD_FILE_MEGABYTES }), {
        tone: 'danger',
      })
      return
    }
    setUploading(test.key)
    try {
      const uploaded = await upload(file)
      // the latest test list: the doctor may have typed while the file went up
      onChange(
        latestTests.current.map((item) =>
          item.key === test.key ? { ...item, files: [...item.files, uploaded] } : item,
        ),
      )
      toast(t('records.fileUploaded', { name: uploaded.fileName }))
    } catch (error) {
      toast(serverErrorText(error), { tone: 'danger' })
    } finally {
      setUploading(null)
    }
  }

  return (
    <SectionCard title={t('records.labTests')}>
      <div className="flex flex-col gap-4">
        {tests.length === 0 ? <p className="text-sm text-ink-muted">{t('records.noLabTests')}</p> : null}
        <ol className="flex flex-col gap-4">
          {tests.map((test, index) => (
            <li key={test.key} className="rounded-lg border border-border p-3">
              <fieldset className="grid gap-3 sm:grid-cols-3">
                <legend className="sr-only">{t('records.labTestNumber', { number: index + 1 })}</legend>
                <Field label={t('records.lab.name')} className="sm:col-span-2">
                  <Input
                    value={test.name}
                    maxLength={200}
                    disabled={readOnly}
                    onChange={(event) => update(test.key, (item) => ({ ...item, name: event.target.value }))}
                  />
                </Field>
                <Field label={t('records.lab.date')}>
                  <Input
                    type="date"
                    value={test.date}
                    disabled={readOnly}
                    onChange={(event) => update(test.key, (item) => ({ ...item, date: event.target.value }))}
                  />
                </Field>
                <Field label={t('records.lab.results')} className="sm:col-span-3">
                  <Textarea
                    value={test.results}
                    maxLength={5000}
                    disabled={readOnly}
                    onChange={(event) => update(test.key, (item) => ({ ...item, results: event.target.value }))}
                  />
                </Field>
                <div className="flex flex-col gap-2 sm:col-span-3">
                  {test.files.length > 0 ? (
                    <ul className="flex flex-wrap gap-2" aria-label={t('records.lab.files')}>
                      {test.files.map((file) => (
                        <li key={file.id} className="flex items-center gap-1 rounded-md border border-border px-2 py-1">
                          <FileText aria-hidden="true" className="size-4 text-ink-muted" />
                          <a
                            href={file.url}
                            target="_blank"
                            rel="noreferrer"
                            className="text-sm text-primary-700 underline"
                          >
                            {file.fileName}
                          </a>
                          {readOnly ? null : (
                            <Button
                              variant="ghost"
                              size="sm"
                              aria-label={t('records.lab.removeFile', { name: file.fileName })}
                              onClick={() =>
                                update(test.key, (item) => ({
                                  ...item,
                                  files: item.files.filter((other) => other.id !== file.id),
                                }))
                              }
                            >
                              <X aria-hidden="true" />
                            </Button>
                          )}
                        </li>
                      ))}
                    </ul>
                  ) : null}
                  {readOnly ? null : (
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <label className="inline-flex cursor-pointer items-center gap-2 rounded-md border border-border px-3 py-1.5 text-sm font-medium text-ink focus-within:ring-2 focus-within:ring-primary-500 hover:bg-surface-muted">
                        <Paperclip aria-hidden="true" className="size-4" />
                        {uploading === test.key ? t('records.lab.uploading') : t('records.lab.attach')}
                        <input
                          type="file"
                          className="sr-only"
                          accept={RECORD_FILE_ACCEPT}
                          disabled={uploading !== null || !test.name.trim() || test.files.length >= 10}
                          aria-label={t('records.lab.attachFor', { number: index + 1 })}
                          onChange={(event) => {
                            const file = event.target.files?.[0]
                            event.target.value = ''
                            if (file) void attach(test, file)
                          }}
                        />
                      </label>
                      <Button
                        variant="ghost"
                        size="sm"
                        className="text-danger-700"
                        onClick={() => onChange(tests.filter((item) => item.key !== test.key))}
                      >
                        <Trash2 aria-hidden="true" />
                        {t('records.removeLabTest', { number: index + 1 })}
                      </Button>
                    </div>
                  )}
                </div>
              </fieldset>
            </li>
          ))}
        </ol>
        {readOnly || tests.length >= 30 ? null : (
          <Button
            variant="secondary"
            size="sm"
            className="self-start"
            onClick={() => onChange([...tests, newLabTest()])}
          >
            <Plus aria-hidden="true" />
            {t('records.addLabTest')}
          </Button>
        )}
      </div>
    </SectionCard>
  )
}
