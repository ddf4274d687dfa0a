import type { TSessionUser } from '@medbook/contracts'
import {
  Avatar,
  buttonClassName,
  formatPhone,
  fullName,
  Menu,
  MenuContent,
  MenuItem,
  MenuLabel,
  MenuSeparator,
  MenuTrigger,
  useLogout,
} from '@medbook/ui'
import {
  Building2,
  ChevronDown,
  FileHeart,
  HeartPulse,
  LogOut,
  ReceiptText,
  ShieldCheck,
  UserRound,
  Users,
} from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

const ACCOUNT_LINKS = [
  { to: '/account/profile', labelKey: 'account.nav.profile', icon: UserRound },
  { to: '/account/medical', labelKey: 'account.nav.medical', icon: HeartPulse },
  { to: '/records', labelKey: 'account.nav.records', icon: FileHeart },
  { to: '/account/family', labelKey: 'account.nav.family', icon: Users },
  { to: '/account/security', labelKey: 'account.nav.security', icon: ShieldCheck },
  { to: '/payments', labelKey: 'account.nav.payments', icon: ReceiptText },
] as const

export function UserMenu({ user }: { user: TSessionUser }) {
  const { t } = useTranslation()
  const logout = useLogout('/')
  const name = fullName(user)
  return (
    <Menu>
      <MenuTrigger className={buttonClassName('ghost', 'sm', 'h-10 gap-2 px-1.5 sm:pr-2.5')}>
        <Avatar name={name} src={user.profilePicture} size="sm" />
        <span className="sr-only">{t('header.accountMenu')}: </span>
        <span className="sr-only max-w-32 truncate sm:not-sr-only">{user.firstName}</span>
        <ChevronDown className="text-ink-muted" aria-hidden="true" />
      </MenuTrigger>
      <MenuContent>
        <MenuLabel>
          <span className="block font-semibold text-ink">{name}</span>
          <span className="block truncate text-ink-muted">{user.email ?? formatPhone(user.phoneNumber ?? '')}</span>
        </MenuLabel>
        <MenuSeparator />
        {user.role === 'patient' ? (
          ACCOUNT_LINKS.map(({ to, labelKey, icon: Icon }) => (
            <MenuItem key={to} asChild>
              <Link to={to}>
                <Icon aria-hidden="true" />
                {t(labelKey)}
              </Link>
            </MenuItem>
          ))
        ) : (
          <MenuItem asChild>
            <a href="/portal/">
              <Building2 aria-hidden="true" />
              {t('auth.staffAccount.openPortal')}
            </a>
          </MenuItem>
        )}
        <MenuSeparator />
        <MenuItem onSelect={() => logout.mutate()} disabled={logout.isPending}>
          <LogOut aria-hidden="true" />
          {t('header.logOut')}
        </MenuItem>
      </MenuContent>
    </Menu>
  )
}
