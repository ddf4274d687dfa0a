import type { TMedicalRecord, TPatientChart } from '@medbook/contracts'
import {
  Badge,
  Button,
  buttonClassName,
  ConfirmDialog,
  Field,
  formatDate,
  Input,
  PageHeader,
  SectionCard,
  serverErrorReason,
  Textarea,
  toast,
  useServerErrorText,
} from '@medbook/ui'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { ArrowLeft, ContactRound, FileDown, PencilLine, Send } from 'lucide-react'
import { useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useTRPC } from '../../lib/trpc'
import { AllergiesNotice } from './allergies-notice'
import { AmendDialog } from './amend-dialog'
import { DiagnosisSection } from './diagnosis-section'
import { LabTestsSection } from './lab-tests-section'
import { PrescriptionSection } from './prescription-section'
import { contentOf, EMPTY_RECORD, formValuesOf, hasDiagnosis, type RecordFormValues } from './record-form-values'
import { RecordHistory } from './record-history'
import { SaveStatus } from './save-status'
import { uploadRecordFile } from './upload-record-file'
import { useRecordAutosave } from './use-record-autosave'

interface RecordEditorProps {
  appointmentId: string
  initial: TMedicalRecord | null
  chart: TPatientChart | null
}

/** Writes a visit's record: a draft saved as the doctor types, shared once, then amended with a reason. */
export function RecordEditor({ appointmentId, initial, chart }: RecordEditorProps) {
  const { t, i18n } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const serverErrorText = useServerErrorText()
  const [values, setValues] = useState<RecordFormValues>(() => (initial ? formValuesOf(initial) : EMPTY_RECORD))
  const [record, setRecord] = useState<TMedicalRecord | null>(initial)
  const [amending, setAmending] = useState(false)
  const [confirmShare, setConfirmShare] = useState(false)
  const [confirmAmend, setConfirmAmend] = useState(false)
  const [amendError, setAmendError] = useState<string | null>(null)

  // the cache says what the server holds, so coming back to this page never starts from an older state
  const remember = (saved: TMedicalRecord) => {
    setRecord(saved)
    queryClient.setQueryData(trpc.medicalRecords.get.queryKey({ id: saved.id }), saved)
    queryClient.setQueryData(trpc.medicalRecords.forAppointment.queryKey({ appointmentId }), {
      exists: true,
      id: saved.id,
      isSharedWithPatient: saved.isSharedWithPatient,
      version: saved.version,
      updatedAt: saved.updatedAt,
    })
    // the first save: the queue's link now opens a record
    if (!record) void queryClient.invalidateQueries({ queryKey: trpc.schedule.appointments.queryKey() })
  }
  const autosave = useRecordAutosave(appointmentId, remember)
  const shared = record?.isSharedWithPatient ?? false
  const editable = record?.editable ?? true
  const readOnly = !editable || (shared && !amending)

  const invalidateVisit = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.medicalRecords.chart.queryKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.schedule.appointments.queryKey() }),
    ])

  const share = useMutation(
    trpc.medicalRecords.share.mutationOptions({
      onSuccess: async (saved) => {
        remember(saved)
        setConfirmShare(false)
        toast(t('records.sharedToast'))
        await invalidateVisit()
      },
      onError: (error) =>
        toast(serverErrorReason(error) === 'no_diagnosis' ? t('records.needDiagnosis') : serverErrorText(error), {
          tone: 'danger',
        }),
    }),
  )
  const amend = useMutation(
    trpc.medicalRecords.amend.mutationOptions({
      onSuccess: async (saved) => {
        remember(saved)
        replace(formValuesOf(saved))
        setAmending(false)
        setConfirmAmend(false)
        toast(t('records.amendedToast', { version: saved.version }))
        await Promise.all([
          invalidateVisit(),
          queryClient.invalidateQueries({ queryKey: trpc.medicalRecords.history.queryKey({ id: saved.id }) }),
        ])
      },
      onError: (error) => setAmendError(serverErrorText(error)),
    }),
  )

  // the latest values, also for changes that land after an await (an uploaded file)
  const latest = useRef(values)
  const replace = (next: RecordFormValues) => {
    latest.current = next
    setValues(next)
  }
  const change = (next: RecordFormValues) => {
    replace(next)
    if (!shared) autosave.change(next)
  }
  const patch = (next: Partial<RecordFormValues>) => change({ ...latest.current, ...next })

  const upload = async (file: File) => {
    let target = record
    if (!target) {
      autosave.change(latest.current)
      target = await autosave.flush()
    }
    if (!target) throw new Error('no record')
    const uploaded = await uploadRecordFile(target.id, file)
    return { id: uploaded.id, fileName: uploaded.fileName, url: uploaded.url }
  }

  const askToShare = async () => {
    try {
      await autosave.flush()
      setConfirmShare(true)
    } catch {
      // the save status says what failed
    }
  }

  const person = chart?.person ?? record?.person
  const visitDay = chart?.visits.find((item) => item.appointmentId === appointmentId)?.date ?? record?.visitDate
  // a calendar day, shown as the hospital wrote it
  const visitDate = visitDay ? formatDate(new Date(`${visitDay}T00:00:00Z`), i18n.language, 'UTC') : ''
  const language = i18n.language === 'en' ? 'en' : 'vi'

  return (
    <div className="flex flex-col gap-6">
      <div className="flex flex-wrap gap-x-6 gap-y-2">
        <Link
          to={visitDay ? `/schedule?view=day&date=${visitDay}` : '/schedule'}
          className="inline-flex items-center gap-1 text-sm text-primary-700 underline"
        >
          <ArrowLeft aria-hidden="true" className="size-4" />
          {t('records.backToSchedule')}
        </Link>
        {person ? (
          <Link
            to={`/my-patients/${person.patientId}${person.familyMemberId ? `?member=${person.familyMemberId}` : ''}`}
            className="inline-flex items-center gap-1 text-sm text-primary-700 underline"
          >
            <ContactRound aria-hidden="true" className="size-4" />
            {t('records.openChart', { name: person.name })}
          </Link>
        ) : null}
      </div>
      <PageHeader
        title={t('records.title')}
        description={person ? t('records.subtitle', { name: person.name, date: visitDate }) : undefined}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            {shared ? (
              <Badge tone="success">{t('records.sharedBadge', { version: record?.version ?? 1 })}</Badge>
            ) : (
              <Badge tone="neutral">{t('records.draftBadge')}</Badge>
            )}
            {record ? (
              <a
                href={`/files/medical-records/${record.id}.pdf?lang=${language}`}
                target="_blank"
                rel="noreferrer"
                className={buttonClassName('secondary', 'sm')}
              >
                <FileDown aria-hidden="true" />
                {t('records.pdf')}
              </a>
            ) : null}
          </div>
        }
      />

      <div className="flex flex-wrap items-center justify-between gap-3">
        {!editable ? (
          <p className="text-sm text-ink-muted">{t('records.readOnlyHint')}</p>
        ) : shared ? (
          <p className="text-sm text-ink-muted" role="status">
            {amending ? t('records.amendingHint') : t('records.sharedHint')}
          </p>
        ) : (
          <SaveStatus
            state={autosave.state}
            savedBefore={record ? record.updatedAt : null}
            onRetry={() => autosave.flush().catch(() => undefined)}
          />
        )}
        {editable ? (
          <div className="flex flex-wrap gap-2">
            {!shared ? (
              <Button onClick={() => void askToShare()} disabled={!hasDiagnosis(values)}>
                <Send aria-hidden="true" />
                {t('records.share')}
              </Button>
            ) : amending ? (
              <>
                <Button
                  variant="secondary"
                  onClick={() => {
                    if (record) replace(formValuesOf(record))
                    setAmending(false)
                  }}
                >
                  {t('records.discardAmendment')}
                </Button>
                <Button
                  onClick={() => {
                    setAmendError(null)
                    setConfirmAmend(true)
                  }}
                  disabled={!hasDiagnosis(values)}
                >
                  {t('records.saveAmendment')}
                </Button>
              </>
            ) : (
              <Button variant="secondary" onClick={() => setAmending(true)}>
                <PencilLine aria-hidden="true" />
                {t('records.amend')}
              </Button>
            )}
          </div>
        ) : null}
      </div>
      {!shared && !hasDiagnosis(values) && editable ? (
        <p className="-mt-4 text-sm text-ink-muted">{t('records.needDiagnosis')}</p>
      ) : null}

      <AllergiesNotice allergies={chart?.person.allergies} />
      <DiagnosisSection entries={values.diagnosis} readOnly={readOnly} onChange={(diagnosis) => patch({ diagnosis })} />
      <SectionCard title={t('records.treatment')}>
        <Field label={t('records.treatment')} hideLabel>
          <Textarea
            rows={4}
            value={values.treatment}
            maxLength={5000}
            disabled={readOnly}
            onChange={(event) => patch({ treatment: event.target.value })}
          />
        </Field>
      </SectionCard>
      <PrescriptionSection
        lines={values.prescription}
        readOnly={readOnly}
        onChange={(prescription) => patch({ prescription })}
        allergies={<AllergiesNotice allergies={chart?.person.allergies} />}
      />
      <LabTestsSection
        tests={values.labTests}
        readOnly={readOnly}
        onChange={(labTests) => patch({ labTests })}
        upload={upload}
      />
      <SectionCard title={t('records.notesAndFollowUp')}>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field label={t('records.notes')} className="sm:col-span-2">
            <Textarea
              rows={3}
              value={values.notes}
              maxLength={5000}
              disabled={readOnly}
              onChange={(event) => patch({ notes: event.target.value })}
            />
          </Field>
          <Field label={t('records.followUpDate')}>
            <Input
              type="date"
              value={values.followUpDate}
              disabled={readOnly}
              onChange={(event) => patch({ followUpDate: event.target.value })}
            />
          </Field>
        </div>
      </SectionCard>
      {record && record.version > 1 ? <RecordHistory recordId={record.id} /> : null}

      <ConfirmDialog
        open={confirmShare}
        onOpenChange={setConfirmShare}
        tone="primary"
        title={t('records.shareTitle')}
        description={t('records.shareDescription', { name: person?.name ?? '' })}
        confirmLabel={t('records.shareConfirm')}
        dismissLabel={t('records.shareKeepDraft')}
        pending={share.isPending}
        onConfirm={() => record && share.mutate({ id: record.id })}
      />
      <AmendDialog
        open={confirmAmend}
        onOpenChange={setConfirmAmend}
        pending={amend.isPending}
        error={amendError}
        onConfirm={(reason) => record && amend.mutate({ id: record.id, content: contentOf(values), reason })}
      />
    </div>
  )
}
