import { zodResolver } from '@hookform/resolvers/zod'
import { type TMyHospitalProfile, ZUpdateHospitalProfileInput } from '@medbook/contracts'
import { applyServerFieldErrors, Field, Input, SectionCard, useServerErrorText } from '@medbook/ui'
import { ExternalLink } from 'lucide-react'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { SectionForm } from './section-form'
import { useProfileErrorText } from './use-profile-error-text'
import { useSaveProfile } from './use-save-profile'

const ZAddressForm = ZUpdateHospitalProfileInput.pick({
  street: true,
  city: true,
  state: true,
  postalCode: true,
  country: true,
  latitude: true,
  longitude: true,
}).required({ street: true, city: true, country: true, latitude: true, longitude: true })
type AddressValues = z.input<typeof ZAddressForm>
const FIELDS = ['street', 'city', 'state', 'postalCode', 'country', 'latitude', 'longitude'] as const

function valuesOf(profile: TMyHospitalProfile): AddressValues {
  const { address } = profile
  return {
    street: address.street,
    city: address.city,
    state: address.state ?? '',
    postalCode: address.postalCode ?? '',
    country: address.country,
    latitude: address.coordinates.latitude,
    longitude: address.coordinates.longitude,
  }
}

const blankAsNull = (value: string | null | undefined) => (value?.trim() ? value : null)

/** A map at the coordinates, to check them by eye. */
function mapLink(latitude: number, longitude: number): string {
  return `https://www.openstreetmap.org/?mlat=${latitude}&mlon=${longitude}#map=17/${latitude}/${longitude}`
}

export function AddressSection({ profile }: { profile: TMyHospitalProfile }) {
  const { t } = useTranslation()
  const fieldError = useProfileErrorText()
  const serverErrorText = useServerErrorText()
  const [formError, setFormError] = useState<string | null>(null)
  const form = useForm<AddressValues>({
    resolver: zodResolver(ZAddressForm, undefined, { raw: true }),
    defaultValues: valuesOf(profile),
  })
  const { errors, isDirty } = form.formState
  const { save, pending } = useSaveProfile({
    onSaved: (saved) => form.reset(valuesOf(saved)),
    onError: (error) => {
      if (applyServerFieldErrors(error, form.setError, FIELDS) === 0) setFormError(serverErrorText(error))
    },
  })
  const [latitude, longitude] = form.watch(['latitude', 'longitude'])
  const coordinatesValid =
    Number.isFinite(latitude) && Number.isFinite(longitude) && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180
  const coordinateError = (error: typeof errors.latitude, range: string) =>
    error
      ? error.type === 'server'
        ? fieldError(error)
        : t('myHospital.address.coordinateError', { range })
      : undefined

  return (
    <SectionCard title={t('myHospital.address.title')} description={t('myHospital.address.description')}>
      <SectionForm
        id="address"
        dirty={isDirty}
        pending={pending}
        formError={formError}
        onDiscard={() => form.reset(valuesOf(profile))}
        onSubmit={form.handleSubmit((values) => {
          setFormError(null)
          save({ ...values, state: blankAsNull(values.state), postalCode: blankAsNull(values.postalCode) })
        })}
      >
        <div className="grid gap-5 sm:grid-cols-2">
          <Field label={t('myHospital.address.street')} className="sm:col-span-2" error={fieldError(errors.street)}>
            <Input autoComplete="street-address" maxLength={200} {...form.register('street')} />
          </Field>
          <Field label={t('myHospital.address.city')} error={fieldError(errors.city)}>
            <Input autoComplete="address-level1" maxLength={100} {...form.register('city')} />
          </Field>
          <Field
            label={t('myHospital.address.state')}
            hint={t('myHospital.optional')}
            error={fieldError(errors.state ?? undefined)}
          >
            <Input autoComplete="address-level2" maxLength={100} {...form.register('state')} />
          </Field>
          <Field
            label={t('myHospital.address.postalCode')}
            hint={t('myHospital.optional')}
            error={fieldError(errors.postalCode ?? undefined)}
          >
            <Input autoComplete="postal-code" maxLength={20} {...form.register('postalCode')} />
          </Field>
          <Field label={t('myHospital.address.country')} error={fieldError(errors.country)}>
            <Input autoComplete="country-name" maxLength={100} {...form.register('country')} />
          </Field>
        </div>
        <fieldset className="flex flex-col gap-3 rounded-xl border border-border p-4">
          <legend className="px-1 text-sm font-semibold text-ink">{t('myHospital.address.coordinates')}</legend>
          <p className="text-sm text-ink-muted">{t('myHospital.address.coordinatesHint')}</p>
          <div className="grid gap-5 sm:grid-cols-2">
            <Field label={t('myHospital.address.latitude')} error={coordinateError(errors.latitude, '-90 … 90')}>
              <Input
                type="number"
                inputMode="decimal"
                step="any"
                min={-90}
                max={90}
                {...form.register('latitude', { valueAsNumber: true })}
              />
            </Field>
            <Field label={t('myHospital.address.longitude')} error={coordinateError(errors.longitude, '-180 … 180')}>
              <Input
                type="number"
                inputMode="decimal"
                step="any"
                min={-180}
                max={180}
                {...form.register('longitude', { valueAsNumber: true })}
              />
            </Field>
          </div>
          {coordinatesValid ? (
            <a
              href={mapLink(latitude, longitude)}
              target="_blank"
              rel="noreferrer"
              className="inline-flex items-center gap-1.5 self-start text-sm font-semibold text-primary-700 underline-offset-4 hover:underline"
            >
              <ExternalLink className="size-4" aria-hidden="true" />
              {t('myHospital.address.openMap')}
              <span className="sr-only">{t('myHospital.newTab')}</span>
            </a>
          ) : null}
        </fieldset>
      </SectionForm>
    </SectionCard>
  )
}
