import { useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from '../components/button'
import { CopyButton } from '../components/copy-button'
import { DialogClose } from '../components/dialog'
import { Notice } from '../components/notice'

export interface ApiKeySecretProps {
  secret: string
}

/** The new key's secret, shown this once: MedBook keeps only its hash. */
export function ApiKeySecret({ secret }: ApiKeySecretProps) {
  const { t } = useTranslation('ui')
  const id = useId()
  const input = useRef<HTMLInputElement>(null)
  // the secret replaces the form: focus (and selection) moves to it
  useEffect(() => input.current?.focus(), [])
  return (
    <div className="mt-6 flex flex-col gap-5">
      <Notice tone="warning" title={t('apiKeys.secret.onceTitle')}>
        {t('apiKeys.secret.once')}
      </Notice>
      <div className="flex flex-col gap-1.5">
        <label htmlFor={id} className="text-sm font-medium text-ink">
          {t('apiKeys.secret.label')}
        </label>
        <input
          id={id}
          readOnly
          ref={input}
          value={secret}
          spellCheck={false}
          onFocus={(event) => event.currentTarget.select()}
          className="h-11 w-full rounded-lg border border-border-strong bg-surface-muted px-3 font-mono text-sm text-ink"
        />
      </div>
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <DialogClose asChild>
          <Button variant="secondary">{t('apiKeys.secret.done')}</Button>
        </DialogClose>
        <CopyButton value={secret} variant="primary" label={t('apiKeys.secret.copy')} />
      </div>
    </div>
  )
}
