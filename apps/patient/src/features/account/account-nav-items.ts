import { Bell, Heart, HeartPulse, KeyRound, type LucideIcon, ShieldCheck, UserRound, Users } from 'lucide-react'

export interface AccountNavItem {
  to: string
  labelKey:
    | 'account.nav.profile'
    | 'account.nav.medical'
    | 'account.nav.family'
    | 'account.nav.favorites'
    | 'account.nav.security'
    | 'account.nav.notifications'
    | 'account.nav.apiKeys'
  icon: LucideIcon
}

export const ACCOUNT_NAV: readonly AccountNavItem[] = [
  { to: '/account/profile', labelKey: 'account.nav.profile', icon: UserRound },
  { to: '/account/medical', labelKey: 'account.nav.medical', icon: HeartPulse },
  { to: '/account/family', labelKey: 'account.nav.family', icon: Users },
  { to: '/account/favorites', labelKey: 'account.nav.favorites', icon: Heart },
  { to: '/account/security', labelKey: 'account.nav.security', icon: ShieldCheck },
  { to: '/account/notifications', labelKey: 'account.nav.notifications', icon: Bell },
  { to: '/account/api-keys', labelKey: 'account.nav.apiKeys', icon: KeyRound },
]
