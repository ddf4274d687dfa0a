import {
  Button,
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogTitle,
  Field,
  Input,
  Notice,
  readServerError,
} from '@medbook/ui'
import { useMutation } from '@tanstack/react-query'
import { type FormEvent, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { StatementResult } from './statement-result'
import { useInvalidatePayments } from './use-invalidate-payments'
import { usePaymentErrorText } from './use-payment-error-text'

const MAX_BYTES = 2_000_000

/** Uploads a bank statement (CSV): matching pending transfers are confirmed, and the result is shown line by line. */
export function ImportStatementDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const errorText = usePaymentErrorText()
  const invalidate = useInvalidatePayments()
  const [file, setFile] = useState<File | null>(null)
  const [fileProblem, setFileProblem] = useState<string | null>(null)
  const imported = useMutation(trpc.payments.importStatement.mutationOptions({ onSuccess: () => invalidate() }))

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!file) return setFileProblem(t('payments.statement.chooseFile'))
    if (file.size > MAX_BYTES) return setFileProblem(t('payments.statement.tooLarge'))
    setFileProblem(null)
    imported.mutate({ csv: await file.text() })
  }
  const failure = imported.error
    ? Array.isArray(readServerError(imported.error).details.errors)
      ? t('payments.statement.unreadable')
      : errorText(imported.error)
    : null

  return (
    <Dialog open onOpenChange={(open) => (open || imported.isPending ? undefined : onClose())}>
      <DialogContent className="max-w-xl">
        <DialogTitle>{t('payments.statement.title')}</DialogTitle>
        <DialogDescription>{t('payments.statement.description')}</DialogDescription>
        <form noValidate className="mt-5 flex flex-col gap-4" onSubmit={(event) => void submit(event)}>
          <Field label={t('payments.statement.file')} error={fileProblem ?? undefined}>
            <Input
              type="file"
              accept=".csv,text/csv"
              className="py-2"
              onChange={(event) => {
                setFile(event.target.files?.[0] ?? null)
                setFileProblem(null)
                imported.reset()
              }}
            />
          </Field>
          {failure ? (
            <Notice tone="danger" role="alert">
              {failure}
            </Notice>
          ) : null}
          {imported.data ? <StatementResult result={imported.data} /> : null}
          <div className="mt-2 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <DialogClose asChild>
              <Button variant="secondary" disabled={imported.isPending}>
                {t('payments.statement.close')}
              </Button>
            </DialogClose>
            <Button type="submit" loading={imported.isPending}>
              {t('payments.statement.submit')}
            </Button>
          </div>
        </form>
      </DialogContent>
    </Dialog>
  )
}
