import { Paperclip, SendHorizontal, X } from 'lucide-react'
import { type FormEvent, type KeyboardEvent, useId, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../components/button'
import { cn } from '../lib/cn'
import { formatFileSize } from './chat-format'
import type { ChatLimits } from './chat-types'

const FILE_ACCEPT = '.pdf,.jpg,.jpeg,.png,.webp'

export interface MessageComposerProps {
  limits: ChatLimits
  onSubmit: (content: string, files: File[]) => void
}

/**
 * The text box under a thread: Enter sends, Shift+Enter starts a new line (and Enter while an IME
 * such as Telex is composing a Vietnamese letter does neither). Files are checked here so a wrong
 * one fails at once; the server checks the bytes again.
 */
export function MessageComposer({ limits, onSubmit }: MessageComposerProps) {
  const { t, i18n } = useTranslation('ui')
  const inputId = useId()
  const rulesId = useId()
  const errorId = useId()
  const fileInput = useRef<HTMLInputElement>(null)
  const [content, setContent] = useState('')
  const [files, setFiles] = useState<{ key: string; file: File }[]>([])
  const [problem, setProblem] = useState<string | null>(null)
  const megabytes = limits.maxFileBytes / (1024 * 1024)
  const tooLong = content.length > limits.maxLength
  const canSend = (content.trim().length > 0 || files.length > 0) && !tooLong

  function addFiles(chosen: File[]) {
    const accepted: { key: string; file: File }[] = []
    let refusal: string | null = null
    for (const file of chosen) {
      if (!limits.fileTypes.includes(file.type)) refusal = t('conversations.wrongType', { name: file.name })
      else if (file.size > limits.maxFileBytes) refusal = t('conversations.tooLarge', { name: file.name, megabytes })
      else accepted.push({ key: crypto.randomUUID(), file })
    }
    const next = [...files, ...accepted]
    if (next.length > limits.maxAttachments) refusal = t('conversations.tooMany', { count: limits.maxAttachments })
    setFiles(next.slice(0, limits.maxAttachments))
    setProblem(refusal)
  }

  function submit(event?: FormEvent) {
    event?.preventDefault()
    if (!canSend) return
    onSubmit(
      content.trim(),
      files.map((chosen) => chosen.file),
    )
    setContent('')
    setFiles([])
    setProblem(null)
  }

  function onKeyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return
    event.preventDefault()
    submit()
  }

  const error = tooLong ? t('conversations.tooLong', { count: limits.maxLength }) : problem
  return (
    <form onSubmit={submit} className="border-t border-border bg-surface px-3 py-3 sm:px-4">
      {files.length > 0 ? (
        <ul className="mb-2 flex flex-wrap gap-2">
          {files.map(({ key, file }) => (
            <li
              key={key}
              className="flex max-w-full items-center gap-1.5 rounded-lg bg-surface-muted py-1 pr-1 pl-3 text-sm text-ink"
            >
              <span className="min-w-0 truncate font-medium">{file.name}</span>
              <span className="shrink-0 text-xs text-ink-muted">{formatFileSize(file.size, i18n.language)}</span>
              <Button
                type="button"
                variant="ghost"
                size="sm"
                className="size-8 px-0"
                aria-label={t('conversations.removeFile', { name: file.name })}
                onClick={() => setFiles(files.filter((other) => other.key !== key))}
              >
                <X aria-hidden="true" />
              </Button>
            </li>
          ))}
        </ul>
      ) : null}
      <div className="flex items-end gap-2">
        <input
          ref={fileInput}
          type="file"
          multiple
          accept={`${FILE_ACCEPT},${limits.fileTypes.join(',')}`}
          className="sr-only"
          tabIndex={-1}
          aria-hidden="true"
          onChange={(event) => {
            addFiles(Array.from(event.currentTarget.files ?? []))
            event.currentTarget.value = ''
          }}
        />
        <Button
          type="button"
          variant="ghost"
          size="icon"
          className="shrink-0"
          aria-label={t('conversations.attach')}
          aria-describedby={rulesId}
          onClick={() => fileInput.current?.click()}
        >
          <Paperclip aria-hidden="true" />
        </Button>
        <label htmlFor={inputId} className="sr-only">
          {t('conversations.composerLabel')}
        </label>
        <textarea
          id={inputId}
          rows={1}
          value={content}
          onChange={(event) => setContent(event.currentTarget.value)}
          onKeyDown={onKeyDown}
          placeholder={t('conversations.composerPlaceholder')}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${errorId} ${rulesId}` : rulesId}
          className={cn(
            'max-h-40 min-h-11 flex-1 resize-none rounded-xl border border-border-strong bg-surface px-3.5 py-2.5 text-base leading-normal text-ink [field-sizing:content]',
            'placeholder:text-ink-muted focus-visible:border-primary-700 focus-visible:ring-2 focus-visible:ring-primary-700/30 focus-visible:outline-none',
            tooLong ? 'border-danger-700' : '',
          )}
        />
        <Button
          type="submit"
          size="icon"
          className="size-11 shrink-0"
          disabled={!canSend}
          aria-label={t('conversations.send')}
        >
          <SendHorizontal aria-hidden="true" />
        </Button>
      </div>
      {error ? (
        <p id={errorId} role="alert" className="mt-2 text-sm font-medium text-danger-700">
          {error}
        </p>
      ) : null}
      <p id={rulesId} className="sr-only text-xs text-ink-muted sm:not-sr-only sm:mt-1.5 sm:block">
        {t('conversations.composerHint', { megabytes, count: limits.maxAttachments })}
      </p>
    </form>
  )
}
