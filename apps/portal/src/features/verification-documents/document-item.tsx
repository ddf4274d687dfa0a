import type { TVerificationDocument } from '@medbook/contracts'
import { formatDate, PLATFORM_TIME_ZONE } from '@medbook/ui'
import { FileImage, FileText } from 'lucide-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

const TYPE_NAMES: Record<TVerificationDocument['mimeType'], string> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
}

/** "820 KB", "2,4 MB": a file's size the way people read it. */
export function formatFileSize(bytes: number, language: string): string {
  const format = new Intl.NumberFormat(language, { maximumFractionDigits: 1 })
  if (bytes < 1024 * 1024) return `${format.format(Math.max(1, Math.round(bytes / 1024)))} KB`
  return `${format.format(bytes / (1024 * 1024))} MB`
}

interface DocumentItemProps {
  document: TVerificationDocument
  /** said after the name to screen readers: "(opens in a new tab)" */
  newTabText: string
  metaText: (parts: { type: string; size: string; date: string }) => string
  action?: ReactNode
}

/** One uploaded document: its name opens the file (served only to admins and its owner) in a new tab. */
export function DocumentItem({ document, newTabText, metaText, action }: DocumentItemProps) {
  const { i18n } = useTranslation()
  const Icon = document.mimeType === 'application/pdf' ? FileText : FileImage
  return (
    <li className="flex items-center gap-3 py-3">
      <span className="inline-flex size-10 shrink-0 items-center justify-center rounded-lg bg-primary-50 text-primary-700">
        <Icon className="size-5" aria-hidden="true" />
      </span>
      <div className="min-w-0 flex-1">
        <a
          href={document.url}
          target="_blank"
          rel="noopener"
          className="block truncate font-medium text-primary-800 underline-offset-2 hover:underline"
        >
          {document.fileName}
          <span className="sr-only"> {newTabText}</span>
        </a>
        <p className="text-xs text-ink-muted">
          {metaText({
            type: TYPE_NAMES[document.mimeType],
            size: formatFileSize(document.sizeBytes, i18n.language),
            date: formatDate(document.uploadedAt, i18n.language, PLATFORM_TIME_ZONE),
          })}
        </p>
      </div>
      {action}
    </li>
  )
}
