import { Building2, type LucideIcon, Stethoscope } from 'lucide-react'

export interface NavItem {
  to: string
  labelKey: 'nav.hospitals' | 'nav.specialties'
  icon: LucideIcon
}

export const NAV_ITEMS: readonly NavItem[] = [
  { to: '/hospitals', labelKey: 'nav.hospitals', icon: Building2 },
  { to: '/specialties', labelKey: 'nav.specialties', icon: Stethoscope },
]
