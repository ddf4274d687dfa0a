import type { TFamilyMember } from '@medbook/contracts'
import { Avatar, Badge, Button, Card, formatPhone, fullName, useEnumLabel } from '@medbook/ui'
import { Pencil, Trash2 } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { FamilyMemberDialog } from './family-member-dialog'
import { ageInYears, formatBirthDate } from './member-dates'
import { RemoveMemberDialog } from './remove-member-dialog'

export function FamilyMemberCard({ member }: { member: TFamilyMember }) {
  const { t, i18n } = useTranslation()
  const enumLabel = useEnumLabel()
  const [editing, setEditing] = useState(false)
  const [removing, setRemoving] = useState(false)
  const name = fullName(member)
  const headingId = `family-${member.id}`

  return (
    <Card asChild className="flex h-full flex-col p-5">
      <article aria-labelledby={headingId}>
        <div className="flex items-start gap-3">
          <Avatar name={name} />
          <div className="min-w-0 flex-1">
            <h2 id={headingId} className="truncate text-base font-semibold text-ink">
              {name}
            </h2>
            <Badge tone="primary" className="mt-1">
              {enumLabel('FamilyRelationship', member.relationship)}
            </Badge>
          </div>
        </div>
        <dl className="mt-4 grid grid-cols-[auto_minmax(0,1fr)] gap-x-4 gap-y-1.5 text-sm">
          <dt className="text-ink-muted">{t('account.profile.dateOfBirth')}</dt>
          <dd className="text-ink">
            {member.dateOfBirth
              ? t('family.birthWithAge', {
                  date: formatBirthDate(member.dateOfBirth, i18n.language),
                  count: ageInYears(member.dateOfBirth),
                })
              : t('family.notGiven')}
          </dd>
          <dt className="text-ink-muted">{t('account.profile.gender')}</dt>
          <dd className="text-ink">
            {member.gender ? t(`account.gender.${member.gender}`, { ns: 'ui' }) : t('family.notGiven')}
          </dd>
          <dt className="text-ink-muted">{t('family.form.phone')}</dt>
          <dd className="text-ink">{member.phoneNumber ? formatPhone(member.phoneNumber) : t('family.notGiven')}</dd>
        </dl>
        <div className="mt-auto flex gap-2 pt-5">
          <Button variant="secondary" size="sm" className="flex-1" onClick={() => setEditing(true)}>
            <Pencil aria-hidden="true" />
            {t('family.edit')}
            <span className="sr-only"> {name}</span>
          </Button>
          <Button variant="ghost" size="sm" className="flex-1 text-danger-700" onClick={() => setRemoving(true)}>
            <Trash2 aria-hidden="true" />
            {t('family.remove')}
            <span className="sr-only"> {name}</span>
          </Button>
        </div>
        <FamilyMemberDialog open={editing} onOpenChange={setEditing} member={member} />
        <RemoveMemberDialog member={member} open={removing} onOpenChange={setRemoving} />
      </article>
    </Card>
  )
}
