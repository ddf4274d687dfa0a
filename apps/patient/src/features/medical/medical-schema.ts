import { ZEmergencyContact, type ZPatientMedicalProfile, ZUpdatePatientMedicalInput } from '@medbook/contracts'
import { formatPhone } from '@medbook/ui'
import { z } from 'zod'

/**
 * The emergency contact as the form holds it: three boxes that may all stay empty (no contact).
 * Once any is filled, the contract's own schema applies.
 */
const ZEmergencyContactDraft = z
  .object({ name: z.string(), relationship: z.string(), phoneNumber: z.string() })
  .superRefine((value, ctx) => {
    if (isBlank(value)) return
    const parsed = ZEmergencyContact.safeParse(value)
    if (!parsed.success) for (const issue of parsed.error.issues) ctx.addIssue({ ...issue })
  })

export const ZMedicalForm = ZUpdatePatientMedicalInput.required().extend({ emergencyContact: ZEmergencyContactDraft })

export type MedicalValues = z.input<typeof ZMedicalForm>
type ContactDraft = MedicalValues['emergencyContact']

function isBlank(contact: ContactDraft): boolean {
  return !contact.name.trim() && !contact.relationship.trim() && !contact.phoneNumber.trim()
}

export function toMedicalValues(profile: z.infer<typeof ZPatientMedicalProfile>): MedicalValues {
  return {
    medicalHistory: profile.medicalHistory,
    allergies: profile.allergies,
    medications: profile.medications,
    emergencyContact: profile.emergencyContact
      ? { ...profile.emergencyContact, phoneNumber: formatPhone(profile.emergencyContact.phoneNumber) }
      : { name: '', relationship: '', phoneNumber: '' },
  }
}

export function toMedicalInput(values: MedicalValues): z.input<typeof ZUpdatePatientMedicalInput> {
  return { ...values, emergencyContact: isBlank(values.emergencyContact) ? null : values.emergencyContact }
}

/** Optional date boxes: empty means "not given" (absent), as the contract's optional dates expect. */
export const emptyAsUndefined = (value: unknown) => (value === '' || value === null ? undefined : value)
