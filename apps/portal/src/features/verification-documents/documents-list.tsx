import type { TVerificationDocument } from '@medbook/contracts'
import { Button, ConfirmDialog, Notice, SectionCard, toast, useServerErrorText } from '@medbook/ui'
import { useMutation } from '@tanstack/react-query'
import { Trash2 } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { DocumentItem } from './document-item'

interface DocumentsListProps {
  documents: readonly TVerificationDocument[]
  /** documents can be taken back only while the application waits for review */
  canDelete: boolean
  onChanged: () => Promise<unknown>
}

export function DocumentsList({ documents, canDelete, onChanged }: DocumentsListProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const serverErrorText = useServerErrorText()
  const [deleting, setDeleting] = useState<TVerificationDocument | null>(null)
  const remove = useMutation(
    trpc.verification.deleteDocument.mutationOptions({
      onSuccess: async () => {
        toast(t('verificationDocuments.list.deleted', { name: deleting?.fileName }))
        await onChanged()
        setDeleting(null)
      },
    }),
  )

  return (
    <SectionCard title={t('verificationDocuments.list.title')}>
      {documents.length === 0 ? (
        <p className="text-sm text-ink-muted">{t('verificationDocuments.list.empty')}</p>
      ) : (
        <ul className="-my-3 divide-y divide-border">
          {documents.map((document) => (
            <DocumentItem
              key={document.id}
              document={document}
              newTabText={t('verificationDocuments.list.newTab')}
              metaText={(parts) => t('verificationDocuments.list.meta', parts)}
              action={
                canDelete ? (
                  <Button
                    variant="ghost"
                    size="icon"
                    aria-label={t('verificationDocuments.list.delete', { name: document.fileName })}
                    onClick={() => {
                      remove.reset()
                      setDeleting(document)
                    }}
                  >
                    <Trash2 aria-hidden="true" />
                  </Button>
                ) : null
              }
            />
          ))}
        </ul>
      )}
      {!canDelete && documents.length > 0 ? (
        <p className="mt-4 text-sm text-ink-muted">{t('verificationDocuments.list.deleteLocked')}</p>
      ) : null}
      <ConfirmDialog
        open={deleting !== null}
        onOpenChange={(open) => (open ? undefined : setDeleting(null))}
        title={t('verificationDocuments.list.deleteTitle', { name: deleting?.fileName })}
        description={t('verificationDocuments.list.deleteDescription')}
        confirmLabel={t('verificationDocuments.list.deleteConfirm')}
        pending={remove.isPending}
        onConfirm={() => deleting && remove.mutate({ id: deleting.id })}
      >
        {remove.isError ? (
          <Notice tone="danger" role="alert">
            {serverErrorText(remove.error)}
          </Notice>
        ) : null}
      </ConfirmDialog>
    </SectionCard>
  )
}
