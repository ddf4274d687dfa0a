import { VERIFICATION_DOCUMENT_MAX_COUNT } from '@medbook/contracts'
import { Button, Notice, SectionCard, toast, useServerErrorText } from '@medbook/ui'
import { useMutation } from '@tanstack/react-query'
import { Upload } from 'lucide-react'
import { useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { DOCUMENT_ACCEPT, documentProblem, MAX_DOCUMENT_MEGABYTES, uploadDocument } from './upload-document'

interface UploadCardProps {
  /** how many documents are already there; the server takes at most VERIFICATION_DOCUMENT_MAX_COUNT */
  count: number
  onUploaded: () => Promise<unknown>
}

/** Picks one file, checks its type and size here first, and uploads it with a progress bar. */
export function UploadCard({ count, onUploaded }: UploadCardProps) {
  const { t } = useTranslation()
  const serverErrorText = useServerErrorText()
  const input = useRef<HTMLInputElement>(null)
  const rulesId = useId()
  const [progress, setProgress] = useState(0)
  const [problem, setProblem] = useState<string | null>(null)
  const full = count >= VERIFICATION_DOCUMENT_MAX_COUNT
  const upload = useMutation({
    mutationFn: (file: File) => uploadDocument(file, setProgress),
    onMutate: () => setProgress(0),
    onSuccess: async (_result, file) => {
      toast(t('verificationDocuments.upload.done', { name: file.name }))
      await onUploaded()
    },
    onError: (error) => setProblem(serverErrorText(error)),
    onSettled: () => {
      if (input.current) input.current.value = ''
    },
  })

  function choose(file: File | undefined) {
    setProblem(null)
    if (!file) return
    const local = documentProblem(file)
    if (local === 'type') return setProblem(t('verificationDocuments.upload.wrongType'))
    if (local === 'size') {
      return setProblem(t('verificationDocuments.upload.tooLarge', { megabytes: MAX_DOCUMENT_MEGABYTES }))
    }
    upload.mutate(file)
  }

  return (
    <SectionCard title={t('verificationDocuments.upload.title')}>
      <div className="flex flex-col gap-4">
        <p id={rulesId} className="text-sm text-ink-muted">
          {t('verificationDocuments.upload.rules', {
            megabytes: MAX_DOCUMENT_MEGABYTES,
            count: VERIFICATION_DOCUMENT_MAX_COUNT,
          })}
        </p>
        <input
          ref={input}
          type="file"
          accept={DOCUMENT_ACCEPT}
          className="sr-only"
          tabIndex={-1}
          aria-hidden="true"
          aria-label={t('verificationDocuments.upload.label')}
          onChange={(event) => choose(event.target.files?.[0])}
        />
        <div>
          <Button
            variant="secondary"
            aria-describedby={rulesId}
            disabled={upload.isPending || full}
            onClick={() => input.current?.click()}
          >
            <Upload aria-hidden="true" />
            {t('verificationDocuments.upload.choose')}
          </Button>
        </div>
        {upload.isPending ? (
          <div className="flex flex-col gap-1.5" role="status">
            <p className="text-sm text-ink">
              {t('verificationDocuments.upload.uploading', { name: upload.variables?.name })}
            </p>
            <div
              role="progressbar"
              aria-label={t('verificationDocuments.upload.progress')}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={Math.round(progress * 100)}
              className="h-2 overflow-hidden rounded-full bg-surface-muted"
            >
              <div
                className="h-full rounded-full bg-primary-700 transition-[width]"
                style={{ width: `${Math.round(progress * 100)}%` }}
              />
            </div>
          </div>
        ) : null}
        {full ? (
          <Notice tone="info">
            {t('verificationDocuments.upload.limitReached', { count: VERIFICATION_DOCUMENT_MAX_COUNT })}
          </Notice>
        ) : null}
        {problem ? (
          <Notice tone="danger" role="alert">
            {problem}
          </Notice>
        ) : null}
      </div>
    </SectionCard>
  )
}
