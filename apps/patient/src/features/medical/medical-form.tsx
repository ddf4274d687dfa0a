import { zodResolver } from '@hookform/resolvers/zod'
import type { ZPatientMedicalProfile } from '@medbook/contracts'
import { Button, FormError, readServerError, SectionCard, toast, useServerErrorText } from '@medbook/ui'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { useTRPC } from '../../lib/trpc'
import { AllergiesField } from './allergies-field'
import { EmergencyContactFields } from './emergency-contact-fields'
import { HistoryFields } from './history-fields'
import { type MedicalValues, toMedicalInput, toMedicalValues, ZMedicalForm } from './medical-schema'
import { MedicationFields } from './medication-fields'

export function MedicalForm({ profile }: { profile: z.infer<typeof ZPatientMedicalProfile> }) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const serverErrorText = useServerErrorText()
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<MedicalValues>({
    resolver: zodResolver(ZMedicalForm, undefined, { raw: true }),
    defaultValues: toMedicalValues(profile),
  })

  const update = useMutation(
    trpc.patients.updateMedicalProfile.mutationOptions({
      onSuccess: (saved) => {
        queryClient.setQueryData(trpc.patients.medicalProfile.queryKey(), saved)
        form.reset(toMedicalValues(saved))
        toast(t('medical.saved'))
      },
      onError: (error) => {
        // the form checks every field with the same schema first, so what is left is not about one field
        const { fieldErrors } = readServerError(error)
        setFormError(Object.keys(fieldErrors).length > 0 ? t('medical.invalid') : serverErrorText(error))
      },
    }),
  )

  return (
    <form
      noValidate
      className="flex flex-col gap-6"
      onSubmit={form.handleSubmit((values) => {
        setFormError(null)
        update.mutate(toMedicalInput(values))
      })}
    >
      <SectionCard title={t('medical.allergies.title')} description={t('medical.allergies.description')}>
        <AllergiesField form={form} />
      </SectionCard>
      <SectionCard title={t('medical.history.title')} description={t('medical.history.description')}>
        <HistoryFields form={form} />
      </SectionCard>
      <SectionCard title={t('medical.medications.title')} description={t('medical.medications.description')}>
        <MedicationFields form={form} />
      </SectionCard>
      <SectionCard title={t('medical.contact.title')} description={t('medical.contact.description')}>
        <EmergencyContactFields form={form} />
      </SectionCard>
      <FormError message={formError} />
      {/* on phones the save button stays in reach, just above the tab bar */}
      <div className="sticky bottom-[calc(4rem+env(safe-area-inset-bottom))] z-10 -mx-4 border-t border-border bg-surface/95 px-4 py-3 backdrop-blur sm:static sm:mx-0 sm:flex sm:justify-end sm:border-0 sm:bg-transparent sm:p-0 sm:backdrop-blur-none">
        <Button type="submit" className="w-full sm:w-auto" loading={update.isPending}>
          {t('medical.save')}
        </Button>
      </div>
    </form>
  )
}
