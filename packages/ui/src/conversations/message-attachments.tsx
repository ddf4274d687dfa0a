import { FileText } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { cn } from '../lib/cn'
import { formatFileSize } from './chat-format'
import type { ChatAttachment } from './chat-types'

/** Images as thumbnails that open full size; PDFs as a chip that opens the file. */
export function MessageAttachments({ attachments, mine }: { attachments: ChatAttachment[]; mine: boolean }) {
  const { t, i18n } = useTranslation('ui')
  if (attachments.length === 0) return null
  const images = attachments.filter((attachment) => attachment.type === 'image')
  const documents = attachments.filter((attachment) => attachment.type !== 'image')
  return (
    <div className="flex flex-col gap-2">
      {images.length > 0 ? (
        <div className="flex flex-wrap gap-2">
          {images.map((image) => (
            <a
              key={image.id}
              href={image.url}
              target="_blank"
              rel="noopener"
              aria-label={t('conversations.openImage', { name: image.name })}
              className="block overflow-hidden rounded-lg ring-1 ring-black/10"
            >
              <img src={image.url} alt={image.name} loading="lazy" className="h-32 w-auto max-w-52 object-cover" />
            </a>
          ))}
        </div>
      ) : null}
      {documents.map((document) => (
        <FileChip
          key={document.id}
          name={document.name}
          size={formatFileSize(document.size, i18n.language)}
          href={document.url}
          mine={mine}
        />
      ))}
    </div>
  )
}

export function FileChip({ name, size, href, mine }: { name: string; size: string; href?: string; mine: boolean }) {
  const className = cn(
    'flex max-w-full items-center gap-2 rounded-lg px-3 py-2 text-sm',
    mine ? 'bg-primary-800 text-ink-inverse' : 'bg-surface text-ink ring-1 ring-border',
    href ? 'underline-offset-4 hover:underline' : '',
  )
  const content = (
    <>
      <FileText className="size-5 shrink-0" aria-hidden="true" />
      <span className="min-w-0 truncate font-semibold">{name}</span>
      <span className={cn('shrink-0 text-xs', mine ? 'text-primary-100' : 'text-ink-muted')}>{size}</span>
    </>
  )
  return href ? (
    <a href={href} target="_blank" rel="noopener" className={className}>
      {content}
    </a>
  ) : (
    <span className={className}>{content}</span>
  )
}
