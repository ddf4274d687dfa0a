import { ZFamilyRelationship } from '@medbook/contracts'
import type { SelectOption } from '@medbook/ui'
import { useTranslation } from 'react-i18next'

export type Relationship = (typeof ZFamilyRelationship.options)[number]

export function useRelationshipOptions(): SelectOption[] {
  const { t } = useTranslation()
  return ZFamilyRelationship.options.map((relationship) => ({
    value: relationship,
    label: t(`family.relationship.${relationship}`),
  }))
}

export function toRelationship(value: string): Relationship | undefined {
  const parsed = ZFamilyRelationship.safeParse(value)
  return parsed.success ? parsed.data : undefined
}
