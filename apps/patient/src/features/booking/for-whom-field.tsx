import type { TFamilyMember } from '@medbook/contracts'
import { Avatar, cn, fullName, useEnumLabel } from '@medbook/ui'
import { UserPlus } from 'lucide-react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'

/** The value for "the account holder" in a for-whom choice; otherwise a family member's id. */
export const MYSELF = 'self'

interface ForWhomFieldProps {
  legend: string
  /** the signed-in patient's name */
  selfName: string
  members: readonly TFamilyMember[]
  value: string
  onChange: (value: string) => void
  /** offer a link to add someone (the booking form; not inside a dialog) */
  showAddLink?: boolean
}

/** Me or one of my family members, as a list of radio cards. */
export function ForWhomField({ legend, selfName, members, value, onChange, showAddLink = false }: ForWhomFieldProps) {
  const { t } = useTranslation()
  const enumLabel = useEnumLabel()
  const name = useId()
  const people = [
    { id: MYSELF, name: selfName, label: t('booking.form.myself'), hint: selfName },
    ...members.map((member) => ({
      id: member.id,
      name: fullName(member),
      label: fullName(member),
      hint: enumLabel('FamilyRelationship', member.relationship),
    })),
  ]
  return (
    <fieldset className="min-w-0">
      <legend className="mb-2 text-sm font-semibold text-ink">{legend}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {people.map((person) => {
          const chosen = value === person.id
          return (
            <label
              key={person.id}
              className={cn(
                'flex cursor-pointer items-center gap-3 rounded-xl border p-3 transition-colors',
                'has-[input:focus-visible]:outline-2 has-[input:focus-visible]:outline-offset-2 has-[input:focus-visible]:outline-primary-600',
                chosen
                  ? 'border-primary-700 bg-primary-50 ring-1 ring-primary-700'
                  : 'border-border bg-surface hover:border-primary-300',
              )}
            >
              <input
                type="radio"
                name={name}
                value={person.id}
                checked={chosen}
                onChange={() => onChange(person.id)}
                className="size-4 shrink-0 accent-primary-700"
              />
              <Avatar name={person.name} size="sm" />
              <span className="min-w-0">
                <span className="block truncate text-sm font-semibold text-ink">{person.label}</span>
                <span className="block truncate text-xs text-ink-muted">{person.hint}</span>
              </span>
            </label>
          )
        })}
      </div>
      {showAddLink ? (
        <Link
          to="/account/family"
          className="mt-2 inline-flex items-center gap-1.5 text-sm font-semibold text-primary-700 underline-offset-4 hover:underline"
        >
          <UserPlus className="size-4" aria-hidden="true" />
          {t('booking.form.addFamily')}
        </Link>
      ) : null}
    </fieldset>
  )
}
