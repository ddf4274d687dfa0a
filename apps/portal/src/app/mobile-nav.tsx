import { Button, Dialog, DialogContent, DialogTitle, DialogTrigger } from '@medbook/ui'
import { Menu } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { PortalNav } from './portal-nav'

/** On small screens the sidebar folds into a drawer behind a menu button. */
export function MobileNav() {
  const { t } = useTranslation()
  const [open, setOpen] = useState(false)
  const close = () => setOpen(false)
  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>
        <Button variant="ghost" size="icon" className="lg:hidden" aria-label={t('nav.openMenu')}>
          <Menu className="size-5" aria-hidden="true" />
        </Button>
      </DialogTrigger>
      <DialogContent placement="sheet-left" aria-describedby={undefined}>
        <DialogTitle className="sr-only">{t('nav.menuTitle')}</DialogTitle>
        <PortalNav onNavigate={close} />
      </DialogContent>
    </Dialog>
  )
}
