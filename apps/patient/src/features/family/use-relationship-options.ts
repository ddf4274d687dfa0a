import { ZFamilyRelationship } from '@medbook/contracts'
import { type SelectOption, useEnumLabel } from '@medbook/ui'

export type Relationship = (typeof ZFamilyRelationship.options)[number]

export function useRelationshipOptions(): SelectOption[] {
  const enumLabel = useEnumLabel()
  return ZFamilyRelationship.options.map((relationship) => ({
    value: relationship,
    label: enumLabel('FamilyRelationship', relationship),
  }))
}

export function toRelationship(value: string): Relationship | undefined {
  const parsed = ZFamilyRelationship.safeParse(value)
  return parsed.success ? parsed.data : undefined
}
