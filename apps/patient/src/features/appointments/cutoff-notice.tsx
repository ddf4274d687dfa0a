import { Notice } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { Phone } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'

interface CutoffNoticeProps {
  hospitalId: string
  /** from the API's PRECONDITION_FAILED details, when it said */
  cutoffHours: number | null
}

/** Too close to the visit to cancel or move it here: call the hospital instead. */
export function CutoffNotice({ hospitalId, cutoffHours }: CutoffNoticeProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const hospital = useQuery(trpc.hospitals.get.queryOptions({ id: hospitalId }))
  const phone = hospital.data?.contactInfo.phoneNumber
  return (
    <Notice
      tone="warning"
      role="alert"
      title={t('appointments.cutoff.title')}
      action={
        phone ? (
          <a
            href={`tel:${phone.replace(/\s+/g, '')}`}
            className="inline-flex items-center gap-1.5 font-semibold text-primary-800 underline underline-offset-4"
          >
            <Phone className="size-4" aria-hidden="true" />
            {t('appointments.cutoff.call', { phone })}
          </a>
        ) : null
      }
    >
      {cutoffHours !== null
        ? t('appointments.cutoff.description', { hours: cutoffHours })
        : t('appointments.cutoff.descriptionNoHours')}
    </Notice>
  )
}

/** The cutoff the API named in a PRECONDITION_FAILED, or null when it named none (another precondition). */
export function readCutoffHours(details: Record<string, unknown>): number | null {
  return typeof details.cutoffHours === 'number' ? details.cutoffHours : null
}
