import { zodResolver } from '@hookform/resolvers/zod'
import { type TContactInfo, type TMyHospitalProfile, ZContactInfo } from '@medbook/contracts'
import { applyServerFieldErrors, Field, formatPhone, Input, SectionCard, useServerErrorText } from '@medbook/ui'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import { z } from 'zod'
import { SectionForm } from './section-form'
import { useProfileErrorText } from './use-profile-error-text'
import { useSaveProfile } from './use-save-profile'

interface ContactValues {
  contactInfo: { phoneNumber: string; email: string; website: string }
}

/** Blank boxes mean "not given". */
function withoutBlanks(contact: ContactValues['contactInfo']): TContactInfo {
  return Object.fromEntries(
    Object.entries(contact)
      .map(([key, value]) => [key, value.trim()])
      .filter(([, value]) => value !== ''),
  )
}

/** Each box may stay blank; what is filled in must pass the shared schema. */
const blankOr = <T extends z.ZodType>(schema: T) => z.union([z.literal(''), schema])
const ZContactForm = z.object({
  contactInfo: z.object({
    phoneNumber: blankOr(ZContactInfo.shape.phoneNumber.unwrap()),
    email: blankOr(ZContactInfo.shape.email.unwrap()),
    website: blankOr(ZContactInfo.shape.website.unwrap()),
  }),
})
const FIELDS = ['contactInfo.phoneNumber', 'contactInfo.email', 'contactInfo.website'] as const

function valuesOf(profile: TMyHospitalProfile): ContactValues {
  const { phoneNumber, email = '', website = '' } = profile.contactInfo
  return { contactInfo: { phoneNumber: phoneNumber ? formatPhone(phoneNumber) : '', email, website } }
}

export function ContactSection({ profile }: { profile: TMyHospitalProfile }) {
  const { t } = useTranslation()
  const fieldError = useProfileErrorText()
  const serverErrorText = useServerErrorText()
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<ContactValues>({
    resolver: zodResolver(ZContactForm, undefined, { raw: true }),
    defaultValues: valuesOf(profile),
  })
  const { errors, isDirty } = form.formState
  const { save, pending } = useSaveProfile({
    onSaved: (saved) => form.reset(valuesOf(saved)),
    onError: (error) => {
      if (applyServerFieldErrors(error, form.setError, FIELDS) === 0) setFormError(serverErrorText(error))
    },
  })
  const typedError = (error: { type?: string | number; message?: string } | undefined, text: string) =>
    error && error.type !== 'server' && error.type !== 'too_big' ? text : fieldError(error)

  return (
    <SectionCard title={t('myHospital.contact.title')} description={t('myHospital.contact.description')}>
      <SectionForm
        id="contact"
        dirty={isDirty}
        pending={pending}
        formError={formError}
        onDiscard={() => form.reset(valuesOf(profile))}
        onSubmit={form.handleSubmit((values) => {
          setFormError(null)
          save({ contactInfo: withoutBlanks(values.contactInfo) })
        })}
      >
        <div className="grid gap-5 sm:grid-cols-2">
          <Field
            label={t('myHospital.contact.phone')}
            hint={t('myHospital.optional')}
            error={fieldError(errors.contactInfo?.phoneNumber)}
          >
            <Input type="tel" autoComplete="tel" maxLength={20} {...form.register('contactInfo.phoneNumber')} />
          </Field>
          <Field
            label={t('myHospital.contact.email')}
            hint={t('myHospital.optional')}
            error={typedError(errors.contactInfo?.email, t('myHospital.contact.emailError'))}
          >
            <Input type="email" autoComplete="email" spellCheck={false} {...form.register('contactInfo.email')} />
          </Field>
          <Field
            label={t('myHospital.contact.website')}
            hint={t('myHospital.contact.websiteHint')}
            className="sm:col-span-2"
            error={typedError(errors.contactInfo?.website, t('myHospital.contact.websiteError'))}
          >
            <Input
              type="url"
              autoComplete="url"
              spellCheck={false}
              placeholder="https://"
              {...form.register('contactInfo.website')}
            />
          </Field>
        </div>
      </SectionForm>
    </SectionCard>
  )
}
