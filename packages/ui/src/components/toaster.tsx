import * as ToastPrimitive from '@radix-ui/react-toast'
import { CircleAlert, CircleCheck, X } from 'lucide-react'
import { useSyncExternalStore } from 'react'
import { useTranslation } from 'react-i18next'
import { cn } from '../lib/cn'

interface ToastEntry {
  id: number
  title: string
  description?: string
  tone: 'success' | 'danger'
}

// One queue per page, outside React, so any code (a mutation's onSuccess) can announce a result.
let entries: ToastEntry[] = []
let nextId = 1
const listeners = new Set<() => void>()

function emit() {
  for (const listener of listeners) listener()
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => listeners.delete(listener)
}

function dismiss(id: number) {
  entries = entries.filter((entry) => entry.id !== id)
  emit()
}

/** Shows a short confirmation ("Saved") in the corner; screen readers announce it politely. */
export function toast(title: string, options: { description?: string; tone?: ToastEntry['tone'] } = {}) {
  entries = [
    ...entries.slice(-2),
    { id: nextId++, title, description: options.description, tone: options.tone ?? 'success' },
  ]
  emit()
}

/** Render once near the root of the app. */
export function Toaster() {
  const { t } = useTranslation('ui')
  const current = useSyncExternalStore(
    subscribe,
    () => entries,
    () => entries,
  )
  return (
    <ToastPrimitive.Provider duration={5000} label={t('notifications')}>
      {current.map((entry) => {
        const Icon = entry.tone === 'success' ? CircleCheck : CircleAlert
        return (
          <ToastPrimitive.Root
            key={entry.id}
            type={entry.tone === 'danger' ? 'foreground' : 'background'}
            onOpenChange={(open) => (open ? undefined : dismiss(entry.id))}
            className="flex items-start gap-3 rounded-xl border border-border bg-surface p-4 shadow-overlay motion-safe:animate-pop-in"
          >
            <Icon
              className={cn(
                'mt-0.5 size-5 shrink-0',
                entry.tone === 'success' ? 'text-success-700' : 'text-danger-700',
              )}
              aria-hidden="true"
            />
            <div className="min-w-0 flex-1">
              <ToastPrimitive.Title className="text-sm font-semibold text-ink">{entry.title}</ToastPrimitive.Title>
              {entry.description ? (
                <ToastPrimitive.Description className="mt-0.5 text-sm text-ink-muted">
                  {entry.description}
                </ToastPrimitive.Description>
              ) : null}
            </div>
            <ToastPrimitive.Close
              aria-label={t('dismiss')}
              className="-m-1 inline-flex size-8 shrink-0 cursor-pointer items-center justify-center rounded-md text-ink-muted hover:bg-surface-muted hover:text-ink"
            >
              <X className="size-4" aria-hidden="true" />
            </ToastPrimitive.Close>
          </ToastPrimitive.Root>
        )
      })}
      {/* phones: under the 4rem header, clear of bottom tab bars; wider screens: the bottom corner */}
      <ToastPrimitive.Viewport className="fixed top-16 right-0 z-[60] flex w-full max-w-sm flex-col gap-2 p-4 outline-none sm:top-auto sm:bottom-0" />
    </ToastPrimitive.Provider>
  )
}
