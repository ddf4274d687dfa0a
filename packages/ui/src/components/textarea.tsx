import type { ComponentProps } from 'react'
import { cn } from '../lib/cn'
import { controlClassName } from './input'

export function Textarea({ className, rows = 3, ...props }: ComponentProps<'textarea'>) {
  return (
    <textarea
      rows={rows}
      className={cn(controlClassName, 'h-auto min-h-20 py-2.5 leading-relaxed', className)}
      {...props}
    />
  )
}
