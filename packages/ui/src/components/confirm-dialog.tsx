import * as DialogPrimitive from '@radix-ui/react-dialog'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import { Button } from './button'

export interface ConfirmDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: ReactNode
  description: ReactNode
  confirmLabel: ReactNode
  /**
   * The button that closes without acting, named for what it keeps ("Keep appointment"): never
   * "Cancel", which beside "Cancel appointment" reads as the same action. Default "Go back".
   */
  dismissLabel?: ReactNode
  onConfirm: () => void
  /** the action runs: the confirm button spins and the dialog stays open */
  pending?: boolean
  tone?: 'danger' | 'primary'
  /** more content between the text and the buttons: a reason field, an error */
  children?: ReactNode
}

/**
 * Asks before something that cannot be undone. An alert dialog: focus starts on the dismiss button,
 * Escape dismisses, and a click outside does not dismiss it by accident.
 */
export function ConfirmDialog({
  open,
  onOpenChange,
  title,
  description,
  confirmLabel,
  dismissLabel,
  onConfirm,
  pending = false,
  tone = 'danger',
  children,
}: ConfirmDialogProps) {
  const { t } = useTranslation('ui')
  return (
    <DialogPrimitive.Root open={open} onOpenChange={(next) => (pending ? undefined : onOpenChange(next))}>
      <DialogPrimitive.Portal>
        <DialogPrimitive.Overlay className="fixed inset-0 z-40 bg-ink/45 motion-safe:animate-fade-in" />
        <DialogPrimitive.Content
          role="alertdialog"
          onPointerDownOutside={(event) => event.preventDefault()}
          className="fixed top-1/2 left-1/2 z-50 max-h-[calc(100dvh-2rem)] w-[calc(100vw-2rem)] max-w-md -translate-x-1/2 -translate-y-1/2 overflow-y-auto rounded-2xl bg-surface p-6 shadow-overlay focus:outline-none motion-safe:animate-pop-in"
        >
          <DialogPrimitive.Title className="text-lg font-semibold text-ink">{title}</DialogPrimitive.Title>
          <DialogPrimitive.Description className="mt-2 text-sm text-ink-muted">
            {description}
          </DialogPrimitive.Description>
          {children ? <div className="mt-4">{children}</div> : null}
          <div className="mt-6 flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
            <DialogPrimitive.Close asChild>
              <Button variant="secondary" disabled={pending}>
                {dismissLabel ?? t('goBack')}
              </Button>
            </DialogPrimitive.Close>
            <Button variant={tone} onClick={onConfirm} loading={pending}>
              {confirmLabel}
            </Button>
          </div>
        </DialogPrimitive.Content>
      </DialogPrimitive.Portal>
    </DialogPrimitive.Root>
  )
}
