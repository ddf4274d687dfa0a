import * as DropdownMenu from '@radix-ui/react-dropdown-menu'
import type { ComponentProps } from 'react'
import { cn } from '../lib/cn'

// A menu of actions on Radix DropdownMenu: arrow keys, typeahead, Escape and focus return included.

export const Menu = DropdownMenu.Root
export const MenuTrigger = DropdownMenu.Trigger

export function MenuContent({
  className,
  align = 'end',
  sideOffset = 6,
  ...props
}: DropdownMenu.DropdownMenuContentProps) {
  return (
    <DropdownMenu.Portal>
      <DropdownMenu.Content
        align={align}
        sideOffset={sideOffset}
        className={cn(
          'z-50 min-w-56 rounded-xl border border-border bg-surface p-1.5 shadow-overlay motion-safe:animate-fade-in',
          className,
        )}
        {...props}
      />
    </DropdownMenu.Portal>
  )
}

export interface MenuItemProps extends ComponentProps<typeof DropdownMenu.Item> {
  tone?: 'default' | 'danger'
}

export function MenuItem({ className, tone = 'default', ...props }: MenuItemProps) {
  return (
    <DropdownMenu.Item
      className={cn(
        'flex cursor-pointer items-center gap-2.5 rounded-lg px-3 py-2.5 text-sm outline-none select-none [&_svg]:size-4 [&_svg]:shrink-0',
        'data-[disabled]:pointer-events-none data-[disabled]:opacity-55',
        tone === 'danger'
          ? 'text-danger-700 data-[highlighted]:bg-danger-50'
          : 'text-ink data-[highlighted]:bg-primary-50 data-[highlighted]:text-primary-900 [&_svg]:text-ink-muted',
        className,
      )}
      {...props}
    />
  )
}

export function MenuLabel({ className, ...props }: ComponentProps<typeof DropdownMenu.Label>) {
  return <DropdownMenu.Label className={cn('px-3 py-2 text-sm', className)} {...props} />
}

export function MenuSeparator({ className, ...props }: ComponentProps<typeof DropdownMenu.Separator>) {
  return <DropdownMenu.Separator className={cn('-mx-1.5 my-1.5 h-px bg-border', className)} {...props} />
}
