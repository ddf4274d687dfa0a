import {
  Badge,
  Button,
  formatDate,
  formatDateTime,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableHeaderCell,
  TableRow,
} from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import { type Invitation, invitationStatus, STATUS_TONES } from './invitation-status'

interface InvitationsTableProps {
  invitations: readonly Invitation[]
  onRevoke: (invitation: Invitation) => void
}

export function InvitationsTable({ invitations, onRevoke }: InvitationsTableProps) {
  const { t, i18n } = useTranslation()
  return (
    <Table label={t('invitations.table.caption')}>
      <TableHead>
        <tr>
          <TableHeaderCell>{t('invitations.table.email')}</TableHeaderCell>
          <TableHeaderCell>{t('invitations.table.status')}</TableHeaderCell>
          <TableHeaderCell>{t('invitations.table.sent')}</TableHeaderCell>
          <TableHeaderCell>{t('invitations.table.expires')}</TableHeaderCell>
          <TableHeaderCell>
            <span className="sr-only">{t('invitations.table.actions')}</span>
          </TableHeaderCell>
        </tr>
      </TableHead>
      <TableBody>
        {invitations.map((invitation) => {
          const status = invitationStatus(invitation)
          return (
            <TableRow key={invitation.id}>
              <TableCell className="min-w-56 font-medium break-all">{invitation.email}</TableCell>
              <TableCell>
                <Badge tone={STATUS_TONES[status]}>{t(`invitations.status.${status}`)}</Badge>
              </TableCell>
              <TableCell className="whitespace-nowrap">{formatDateTime(invitation.createdAt, i18n.language)}</TableCell>
              <TableCell className="whitespace-nowrap">
                {invitation.acceptedAt
                  ? t('invitations.acceptedOn', { date: formatDate(invitation.acceptedAt, i18n.language) })
                  : formatDate(invitation.expiresAt, i18n.language)}
              </TableCell>
              <TableCell className="text-right">
                {status === 'pending' ? (
                  <Button variant="ghost" size="sm" className="text-danger-700" onClick={() => onRevoke(invitation)}>
                    {t('invitations.revoke')}
                    <span className="sr-only"> {invitation.email}</span>
                  </Button>
                ) : null}
              </TableCell>
            </TableRow>
          )
        })}
      </TableBody>
    </Table>
  )
}
