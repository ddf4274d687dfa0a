import { Brand, useSession } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

/** The logo, with a badge naming the signed-in role (the portal's name while nobody is signed in). */
export function PortalBrandLink({ onNavigate, compact }: { onNavigate?: () => void; compact?: boolean }) {
  const { t } = useTranslation()
  const role = useSession().data?.role
  return (
    <Link to="/" onClick={onNavigate} className="rounded-lg">
      <Brand product={role ? t(`brand.role.${role}`) : t('brand.product')} compact={compact} />
    </Link>
  )
}
