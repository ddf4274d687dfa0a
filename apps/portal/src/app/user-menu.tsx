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
import { ChevronDown, LogOut, UserRound } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

export function UserMenu({ user }: { user: TSessionUser }) {
  const { t } = useTranslation()
  const logout = useLogout('/login')
  const name = fullName(user)
  return (
    <Menu>
      <MenuTrigger className={buttonClassName('ghost', 'sm', 'h-10 gap-2 px-1.5 sm:pr-2.5')}>
        <Avatar name={name} src={user.profilePicture} size="sm" />
        <span className="sr-only">{t('header.accountMenu')}: </span>
        <span className="sr-only max-w-40 truncate sm:not-sr-only">{name}</span>
        <ChevronDown className="text-ink-muted" aria-hidden="true" />
      </MenuTrigger>
      <MenuContent>
        <MenuLabel>
          <span className="block font-semibold text-ink">{name}</span>
          <span className="block truncate text-ink-muted">{user.email ?? formatPhone(user.phoneNumber ?? '')}</span>
          <span className="mt-1 block text-xs font-semibold text-primary-800 uppercase">{t(`roles.${user.role}`)}</span>
        </MenuLabel>
        <MenuSeparator />
        <MenuItem asChild>
          <Link to="/profile">
            <UserRound aria-hidden="true" />
            {t('nav.profile')}
          </Link>
        </MenuItem>
        <MenuSeparator />
        <MenuItem onSelect={() => logout.mutate()} disabled={logout.isPending}>
          <LogOut aria-hidden="true" />
          {t('header.logOut')}
        </MenuItem>
      </MenuContent>
    </Menu>
  )
}
