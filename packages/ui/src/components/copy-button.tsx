import { Check, Copy } from 'lucide-react'
import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'
import { Button, type ButtonProps } from './button'

export interface CopyButtonProps extends Omit<ButtonProps, 'onClick' | 'children'> {
  value: string
  /** the button's text; "Copy" by default */
  label?: string
}

/** Copies a value to the clipboard and says so, in words a screen reader announces. */
export function CopyButton({ value, label, variant = 'secondary', ...props }: CopyButtonProps) {
  const { t } = useTranslation('ui')
  const [state, setState] = useState<'idle' | 'copied' | 'failed'>('idle')

  useEffect(() => {
    if (state !== 'copied') return
    const timer = window.setTimeout(() => setState('idle'), 2500)
    return () => window.clearTimeout(timer)
  }, [state])

  return (
    <span className="inline-flex flex-col gap-1">
      <Button
        variant={variant}
        onClick={() => {
          navigator.clipboard.writeText(value).then(
            () => setState('copied'),
            () => setState('failed'),
          )
        }}
        {...props}
      >
        {state === 'copied' ? <Check aria-hidden="true" /> : <Copy aria-hidden="true" />}
        {state === 'copied' ? t('copied') : (label ?? t('copy'))}
      </Button>
      <span role="status" className={state === 'failed' ? 'text-sm text-danger-700' : 'sr-only'}>
        {state === 'copied' ? t('copied') : state === 'failed' ? t('copyFailed') : ''}
      </span>
    </span>
  )
}
