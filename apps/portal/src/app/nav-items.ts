import {
  BadgeCheck,
  Banknote,
  BellRing,
  Building,
  Building2,
  CalendarClock,
  CalendarDays,
  ClipboardList,
  ContactRound,
  FileCheck2,
  IdCard,
  KeyRound,
  LayoutDashboard,
  LibraryBig,
  type LucideIcon,
  MailPlus,
  MessageSquareWarning,
  MessagesSquare,
  ScrollText,
  SlidersHorizontal,
  Star,
  Stethoscope,
  TicketPercent,
  UserRound,
  UserRoundCog,
  UsersRound,
} from 'lucide-react'
import type { StaffRole } from '../features/auth/staff-role'

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
    | 'nav.hospitalProfile'
    | 'nav.services'
    | 'nav.doctors'
    | 'nav.verification'
    | 'nav.catalogue'
    | 'nav.promotions'
    | 'nav.payments'
    | 'nav.settings'
    | 'nav.verificationDocuments'
    | 'nav.dashboard'
    | 'nav.adminDashboard'
    | 'nav.doctorProfile'
    | 'nav.myPatients'
    | 'nav.apiKeys'
    | 'nav.notificationSettings'
    | 'nav.reviews'
    | 'nav.reviewModeration'
    | 'nav.messages'
  icon: LucideIcon
  /** who sees the link; "everyone" includes visitors who are not signed in */
  roles: 'everyone' | readonly StaffRole[]
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/dashboard', labelKey: 'nav.dashboard', icon: LayoutDashboard, roles: ['hospital'] },
  { to: '/admin-dashboard', labelKey: 'nav.adminDashboard', icon: LayoutDashboard, roles: ['admin'] },
  { to: '/schedule', labelKey: 'nav.schedule', icon: CalendarDays, roles: ['hospital', 'doctor'] },
  { to: '/messages', labelKey: 'nav.messages', icon: MessagesSquare, roles: ['hospital', 'doctor', 'admin'] },
  { to: '/payments', labelKey: 'nav.payments', icon: Banknote, roles: ['hospital'] },
  { to: '/availability', labelKey: 'nav.availability', icon: CalendarClock, roles: ['hospital', 'doctor'] },
  { to: '/my-patients', labelKey: 'nav.myPatients', icon: ContactRound, roles: ['doctor'] },
  { to: '/my-profile', labelKey: 'nav.doctorProfile', icon: IdCard, roles: ['doctor'] },
  { to: '/reviews', labelKey: 'nav.reviews', icon: Star, roles: ['hospital', 'doctor'] },
  { to: '/doctors', labelKey: 'nav.doctors', icon: UserRoundCog, roles: ['hospital'] },
  { to: '/invitations', labelKey: 'nav.invitations', icon: MailPlus, roles: ['hospital'] },
  { to: '/services', labelKey: 'nav.services', icon: ClipboardList, roles: ['hospital'] },
  { to: '/hospital', labelKey: 'nav.hospitalProfile', icon: Building, roles: ['hospital'] },
  {
    to: '/verification-documents',
    labelKey: 'nav.verificationDocuments',
    icon: FileCheck2,
    roles: ['hospital', 'doctor'],
  },
  { to: '/users', labelKey: 'nav.users', icon: UsersRound, roles: ['admin'] },
  { to: '/verification', labelKey: 'nav.verification', icon: BadgeCheck, roles: ['admin'] },
  { to: '/activity', labelKey: 'nav.activity', icon: ScrollText, roles: ['admin'] },
  { to: '/catalogue', labelKey: 'nav.catalogue', icon: LibraryBig, roles: ['admin'] },
  { to: '/admin-payments', labelKey: 'nav.payments', icon: Banknote, roles: ['admin'] },
  { to: '/promotions', labelKey: 'nav.promotions', icon: TicketPercent, roles: ['admin'] },
  { to: '/review-moderation', labelKey: 'nav.reviewModeration', icon: MessageSquareWarning, roles: ['admin'] },
  { to: '/settings', labelKey: 'nav.settings', icon: SlidersHorizontal, roles: ['admin'] },
  { to: '/hospitals', labelKey: 'nav.hospitals', icon: Building2, roles: 'everyone' },
  { to: '/specialties', labelKey: 'nav.specialties', icon: Stethoscope, roles: 'everyone' },
  { to: '/profile', labelKey: 'nav.profile', icon: UserRound, roles: ['hospital', 'doctor', 'admin'] },
  {
    to: '/notification-settings',
    labelKey: 'nav.notificationSettings',
    icon: BellRing,
    roles: ['hospital', 'doctor', 'admin'],
  },
  { to: '/api-keys', labelKey: 'nav.apiKeys', icon: KeyRound, roles: ['hospital', 'doctor', 'admin'] },
]

export function navItemsFor(role: string | null): NavItem[] {
  return NAV_ITEMS.filter((item) => item.roles === 'everyone' || (role !== null && item.roles.some((r) => r === role)))
}
