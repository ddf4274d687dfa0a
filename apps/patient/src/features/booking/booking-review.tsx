import type { TFamilyMember } from '@medbook/contracts'
import { Button, Card, fullName, useEnumLabel } from '@medbook/ui'
import { CalendarCheck, Pencil } from 'lucide-react'
import type { ReactNode } from 'react'
import { useTranslation } from 'react-i18next'
import type { TBookingDetails } from './booking-schema'
import { MYSELF } from './for-whom-field'

interface BookingReviewProps {
  details: TBookingDetails
  selfName: string
  members: readonly TFamilyMember[]
  pending: boolean
  /** false while the chosen time is not free */
  canConfirm: boolean
  /** the cost: services, promotion code, the quote's lines and total */
  price: ReactNode
  /** an error from the last attempt, above the buttons */
  error: ReactNode
  onEdit: () => void
  onConfirm: () => void
}

/** Step 2: the visit's details once more, its cost, then the one button that books. */
export function BookingReview(props: BookingReviewProps) {
  const { details, selfName, members, pending, canConfirm, price, error, onEdit, onConfirm } = props
  const { t } = useTranslation()
  const enumLabel = useEnumLabel()
  const member = members.find((entry) => entry.id === details.forWhom)
  const patient =
    details.forWhom === MYSELF || !member
      ? `${selfName} (${t('booking.form.myself')})`
      : `${fullName(member)} (${enumLabel('FamilyRelationship', member.relationship)})`
  const rows = [
    { label: t('booking.summary.patient'), value: patient },
    { label: t('booking.summary.reason'), value: details.reasonForVisit || t('booking.summary.none') },
    {
      label: t('booking.summary.symptoms'),
      value: details.symptoms.length > 0 ? details.symptoms.join(', ') : t('booking.summary.none'),
    },
  ]
  return (
    <div className="flex flex-col gap-5">
      <Card className="p-4 sm:p-5">
        <dl className="flex flex-col gap-3 text-sm">
          {rows.map((row) => (
            <div key={row.label} className="flex flex-col gap-0.5 sm:flex-row sm:gap-4">
              <dt className="text-ink-muted sm:w-36 sm:shrink-0">{row.label}</dt>
              <dd className="font-medium break-words text-ink">{row.value}</dd>
            </div>
          ))}
        </dl>
        <div className="mt-4 border-t border-border pt-4">{price}</div>
      </Card>
      {error}
      <div className="flex flex-col-reverse gap-2 sm:flex-row sm:justify-end">
        <Button variant="secondary" size="lg" onClick={onEdit} disabled={pending}>
          <Pencil aria-hidden="true" />
          {t('booking.form.edit')}
        </Button>
        <Button size="lg" onClick={onConfirm} loading={pending} disabled={!canConfirm}>
          {pending ? null : <CalendarCheck aria-hidden="true" />}
          {pending ? t('booking.form.confirming') : t('booking.form.confirm')}
        </Button>
      </div>
    </div>
  )
}
