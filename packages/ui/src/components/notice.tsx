import { CircleAlert, CircleCheck, Info, type LucideIcon, TriangleAlert } from 'lucide-react'
import type { ReactNode } from 'react'
import { cn } from '../lib/cn'

const TONES = {
  info: { box: 'border-accent-100 bg-accent-50 text-accent-800', icon: Info },
  success: { box: 'border-success-700/20 bg-success-50 text-success-700', icon: CircleCheck },
  warning: { box: 'border-warning-800/20 bg-warning-50 text-warning-800', icon: TriangleAlert },
  danger: { box: 'border-danger-700/20 bg-danger-50 text-danger-700', icon: CircleAlert },
} as const satisfies Record<string, { box: string; icon: LucideIcon }>

export type NoticeTone = keyof typeof TONES

export interface NoticeProps {
  tone?: NoticeTone
  title?: ReactNode
  children?: ReactNode
  /** "alert" for errors that appear after an action, "status" for confirmations; none for static text */
  role?: 'alert' | 'status'
  /** a link or button under the text */
  action?: ReactNode
  className?: string
  id?: string
}

/** A message inside the page: a form's error, a warning about the account, a confirmation. */
export function Notice({ tone = 'info', title, children, role, action, className, id }: NoticeProps) {
  const Icon = TONES[tone].icon
  return (
    <div
      id={id}
      role={role}
      className={cn('flex gap-3 rounded-xl border px-4 py-3 text-sm', TONES[tone].box, className)}
    >
      <Icon className="mt-0.5 size-5 shrink-0" aria-hidden="true" />
      <div className="min-w-0 flex-1">
        {title ? <p className="font-semibold">{title}</p> : null}
        {children ? <div className={cn('text-ink', title ? 'mt-0.5' : null)}>{children}</div> : null}
        {action ? <div className="mt-2">{action}</div> : null}
      </div>
    </div>
  )
}

/** The error a form's last submit came back with, announced to screen readers; nothing when there is none. */
export function FormError({ message }: { message: string | null | undefined }) {
  return message ? (
    <Notice tone="danger" role="alert">
      {message}
    </Notice>
  ) : null
}
