import { Button, Dialog, DialogContent, DialogDescription, DialogTitle, DialogTrigger } from '@medbook/ui'
import { MailPlus } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { InviteForm } from '../invitations/invite-form'

/** The invitations page's form, opened from the doctors list. */
export function InviteDoctorDialog() {
  const { t } = useTranslation()
  return (
    <Dialog>
      <DialogTrigger asChild>
        <Button>
          <MailPlus aria-hidden="true" />
          {t('roster.invite')}
        </Button>
      </DialogTrigger>
      <DialogContent className="max-w-xl">
        <DialogTitle>{t('invitations.formTitle')}</DialogTitle>
        <DialogDescription>{t('invitations.formDescription')}</DialogDescription>
        <div className="mt-5 flex flex-col gap-4">
          <InviteForm />
          <Link
            to="/invitations"
            className="self-start text-sm font-semibold text-primary-700 underline-offset-4 hover:underline"
          >
            {t('roster.seeInvitations')}
          </Link>
        </div>
      </DialogContent>
    </Dialog>
  )
}
