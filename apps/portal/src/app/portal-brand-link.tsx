import { Brand } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

export function PortalBrandLink({ onNavigate }: { onNavigate?: () => void }) {
  const { t } = useTranslation()
  return (
    <Link to="/" onClick={onNavigate} className="rounded-lg">
      <Brand product={t('brand.product')} />
    </Link>
  )
}
