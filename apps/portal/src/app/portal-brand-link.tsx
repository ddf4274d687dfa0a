import { Brand } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

export function PortalBrandLink({ onNavigate, compact }: { onNavigate?: () => void; compact?: boolean }) {
  const { t } = useTranslation()
  return (
    <Link to="/" onClick={onNavigate} className="rounded-lg">
      <Brand product={t('brand.product')} compact={compact} />
    </Link>
  )
}
