import {
  Building2,
  CalendarClock,
  CalendarDays,
  type LucideIcon,
  MailPlus,
  ScrollText,
  Stethoscope,
  UserRound,
  UsersRound,
} from 'lucide-react'
import type { StaffRole } from '../features/auth/use-session'

export interface NavItem {
  to: string
  labelKey:
    | 'nav.hospitals'
    | 'nav.specialties'
    | 'nav.invitations'
    | 'nav.users'
    | 'nav.activity'
    | 'nav.profile'
    | 'nav.schedule'
    | 'nav.availability'
  icon: LucideIcon
  /** who sees the link; "everyone" includes visitors who are not signed in */
  roles: 'everyone' | readonly StaffRole[]
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/schedule', labelKey: 'nav.schedule', icon: CalendarDays, roles: ['hospital', 'doctor'] },
  { to: '/availability', labelKey: 'nav.availability', icon: CalendarClock, roles: ['hospital', 'doctor'] },
  { to: '/invitations', labelKey: 'nav.invitations', icon: MailPlus, roles: ['hospital'] },
  { to: '/users', labelKey: 'nav.users', icon: UsersRound, roles: ['admin'] },
  { to: '/activity', labelKey: 'nav.activity', icon: ScrollText, roles: ['admin'] },
  { to: '/hospitals', labelKey: 'nav.hospitals', icon: Building2, roles: 'everyone' },
  { to: '/specialties', labelKey: 'nav.specialties', icon: Stethoscope, roles: 'everyone' },
  { to: '/profile', labelKey: 'nav.profile', icon: UserRound, roles: ['hospital', 'doctor', 'admin'] },
]

export function navItemsFor(role: string | null): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles === 'everyone' || (role !== null && item.roles.some((r) => r === role)))
}
