import type { TAppointment } from '@medbook/contracts'
import { useEnumLabel } from '@medbook/ui'
import { useCallback } from 'react'
import { useTranslation } from 'react-i18next'

/** "Phạm Mai (bạn)" or "Phạm Lan (con)": whom the visit is for. */
export function useForWhomLabel() {
  const { t } = useTranslation()
  const enumLabel = useEnumLabel()
  return useCallback(
    (appointment: Pick<TAppointment, 'familyMember' | 'patient'>) => {
      const member = appointment.familyMember
      if (!member) return t('appointments.card.forSelf', { name: appointment.patient.name })
      const relationship = enumLabel('FamilyRelationship', member.relationship)
      return t('appointments.card.forMember', { name: member.name, relationship })
    },
    [t, enumLabel],
  )
}

/** A scheduled visit can still be moved or cancelled by the patient (the API checks the cutoff). */
export function isChangeable(appointment: Pick<TAppointment, 'status' | 'startsAt'>, now = new Date()): boolean {
  return appointment.status === 'scheduled' && appointment.startsAt.getTime() > now.getTime()
}
