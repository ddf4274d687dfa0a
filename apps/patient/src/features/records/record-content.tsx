import type { TRecordContent } from '@medbook/contracts'
import { Card } from '@medbook/ui'
import { FileText, Pill } from 'lucide-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { formatIsoDate } from './iso-date'

type Level = 2 | 3 | 4

function Heading({ level, id, children }: { level: Level; id: string; children: ReactNode }) {
  const Tag = level === 2 ? 'h2' : level === 3 ? 'h3' : 'h4'
  return (
    <Tag id={id} className={level === 2 ? 'text-lg font-semibold text-ink' : 'text-base font-semibold text-ink'}>
      {children}
    </Tag>
  )
}

interface RecordContentProps {
  content: TRecordContent
  /** the level of the sections' headings: 2 on the record's page, 4 inside an earlier version */
  level: Level
  /** makes the section ids unique when several versions are on the page */
  idPrefix: string
}

/** The clinical content of a record (or of one of its earlier versions), section by section. */
export function RecordContent({ content, level, idPrefix }: RecordContentProps) {
  const { t } = useTranslation()
  const id = (name: string) => `${idPrefix}-${name}`
  const none = <p className="text-ink-muted">{t('records.detail.none')}</p>
  return (
    <div className="flex flex-col gap-5">
      <section aria-labelledby={id('diagnosis')} className="flex flex-col gap-2">
        <Heading level={level} id={id('diagnosis')}>
          {t('records.detail.diagnosis')}
        </Heading>
        {content.diagnosis.length === 0 ? (
          none
        ) : (
          <ul className="flex flex-col gap-2">
            {content.diagnosis.map((entry, index) => (
              // the same diagnosis text may appear twice with other codes; order is the doctor's
              // biome-ignore lint/suspicious/noArrayIndexKey: entries have no id of their own
              <li key={index} className="flex flex-wrap items-baseline gap-x-2 text-base break-words text-ink">
                <span className="font-medium">{entry.text}</span>
                {entry.code ? (
                  <span className="rounded-md bg-surface-muted px-1.5 py-0.5 font-mono text-sm text-ink">
                    <span className="sr-only">{t('records.detail.icd')}: </span>
                    {entry.code}
                  </span>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      {content.treatment ? (
        <section aria-labelledby={id('treatment')} className="flex flex-col gap-2">
          <Heading level={level} id={id('treatment')}>
            {t('records.detail.treatment')}
          </Heading>
          <p className="text-base break-words whitespace-pre-line text-ink">{content.treatment}</p>
        </section>
      ) : null}

      <section aria-labelledby={id('prescription')} className="flex flex-col gap-3">
        <Heading level={level} id={id('prescription')}>
          {t('records.detail.prescription')}
        </Heading>
        {content.prescription.length === 0 ? (
          none
        ) : (
          <>
            {level === 2 ? <p className="text-sm text-ink-muted">{t('records.detail.prescriptionHint')}</p> : null}
            <ul className="flex flex-col gap-3" aria-label={t('records.detail.prescription')}>
              {content.prescription.map((line, index) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: prescription lines have no id of their own
                <li key={index}>
                  <MedicineCard line={line} />
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      {content.labTests.length > 0 ? (
        <section aria-labelledby={id('labs')} className="flex flex-col gap-3">
          <Heading level={level} id={id('labs')}>
            {t('records.detail.labTests')}
          </Heading>
          <ul className="flex flex-col gap-3">
            {content.labTests.map((test, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: lab tests have no id of their own
              <li key={index}>
                <LabTestCard test={test} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {content.notes ? (
        <section aria-labelledby={id('notes')} className="flex flex-col gap-2">
          <Heading level={level} id={id('notes')}>
            {t('records.detail.notes')}
          </Heading>
          <p className="text-base break-words whitespace-pre-line text-ink">{content.notes}</p>
        </section>
      ) : null}
    </div>
  )
}

/** One medicine, large enough to read across a pharmacy counter. */
function MedicineCard({ line }: { line: TRecordContent['prescription'][number] }) {
  const { t } = useTranslation()
  const rows = [
    { label: t('records.detail.dose'), value: line.dosage },
    { label: t('records.detail.how'), value: line.frequency },
    { label: t('records.detail.duration'), value: line.duration },
    { label: t('records.detail.instructions'), value: line.instructions ?? '' },
  ].filter((row) => row.value)
  return (
    <Card className="border-l-4 border-l-primary-700 p-4">
      <p className="flex items-start gap-2 text-xl leading-snug font-bold break-words text-ink">
        <Pill className="mt-1 size-5 shrink-0 text-primary-700" aria-hidden="true" />
        <span className="min-w-0">{line.medicationName}</span>
      </p>
      {rows.length > 0 ? (
        <dl className="mt-3 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-2 text-lg">
          {rows.map((row) => (
            <div key={row.label} className="contents">
              <dt className="text-ink-muted">{row.label}</dt>
              <dd className="font-semibold break-words text-ink">{row.value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </Card>
  )
}

function LabTestCard({ test }: { test: TRecordContent['labTests'][number] }) {
  const { t, i18n } = useTranslation()
  const language = i18n.resolvedLanguage ?? 'vi'
  return (
    <Card className="flex flex-col gap-2 p-4">
      <p className="text-base font-semibold break-words text-ink">{test.name}</p>
      {test.date ? (
        <p className="text-sm text-ink-muted">
          {t('records.detail.labDate', { date: formatIsoDate(test.date, language) })}
        </p>
      ) : null}
      {test.results ? (
        <div>
          <p className="text-sm text-ink-muted">{t('records.detail.results')}</p>
          <p className="text-base break-words whitespace-pre-line text-ink">{test.results}</p>
        </div>
      ) : null}
      {test.attachments.length > 0 ? (
        <div>
          <p className="text-sm text-ink-muted">{t('records.detail.attachments')}</p>
          <ul className="mt-1 flex flex-col gap-1">
            {test.attachments.map((file, index) => {
              // an uploaded file keeps the name it came with; a generated one is named after its test
              const name = file.id
                ? file.fileName
                : t('records.detail.resultFile', { name: test.name, number: index + 1 })
              const kind = file.mimeType === 'application/pdf' ? 'PDF' : t('records.detail.image')
              return (
                <li key={file.url}>
                  <a
                    href={file.url}
                    target="_blank"
                    rel="noopener"
                    className="inline-flex max-w-full items-center gap-1.5 text-sm font-semibold break-words text-primary-700 underline-offset-4 hover:underline"
                  >
                    <FileText className="size-4 shrink-0" aria-hidden="true" />
                    {t('records.detail.openFile', { name, kind })}
                  </a>
                </li>
              )
            })}
          </ul>
        </div>
      ) : null}
    </Card>
  )
}
