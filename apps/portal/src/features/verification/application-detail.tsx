import { Button, Card } from '@medbook/ui'
import { Check, X } from 'lucide-react'
import { type ReactNode, useEffect, useId, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { ApplicantDocuments } from './applicant-documents'
import { DetailList } from './detail-list'
import { ApplicationStatusBadge } from './status-badge'
import type { ApplicationStatus } from './verification-types'

interface ApplicationDetailProps {
  title: string
  name: string
  status: ApplicationStatus
  items: { label: string; value: ReactNode }[]
  applicant: { doctorId: string } | { hospitalId: string }
  canReject: boolean
  busy: boolean
  onApprove: () => void
  onReject: () => void
  onClose: () => void
}

/** Everything an administrator checks before deciding, the uploaded documents, and the two decisions. */
export function ApplicationDetail({
  title,
  name,
  status,
  items,
  applicant,
  canReject,
  busy,
  onApprove,
  onReject,
  onClose,
}: ApplicationDetailProps) {
  const { t } = useTranslation()
  const headingId = useId()
  const heading = useRef<HTMLHeadingElement>(null)
  // another application opened: its name is where the reader continues (and what a screen reader hears)
  const key = JSON.stringify(applicant)
  useEffect(() => {
    if (key) heading.current?.focus({ preventScroll: window.matchMedia('(min-width: 96rem)').matches })
  }, [key])

  return (
    <Card asChild className="flex flex-col gap-5 p-5 sm:p-6 2xl:sticky 2xl:top-20">
      <section aria-labelledby={headingId}>
        <div className="flex items-start justify-between gap-3">
          <div className="min-w-0">
            <p className="text-xs font-semibold tracking-wide text-ink-muted uppercase">{title}</p>
            <h2 id={headingId} ref={heading} tabIndex={-1} className="mt-1 text-lg font-semibold text-ink outline-none">
              {name}
            </h2>
            <div className="mt-2">
              <ApplicationStatusBadge status={status} />
            </div>
          </div>
          <Button variant="ghost" size="icon" aria-label={t('verification.detail.close')} onClick={onClose}>
            <X aria-hidden="true" />
          </Button>
        </div>
        <DetailList items={items} />
        <ApplicantDocuments applicant={applicant} />
        <div className="flex flex-col-reverse gap-2 border-t border-border pt-4 sm:flex-row sm:justify-end">
          {canReject ? (
            <Button variant="secondary" onClick={onReject} disabled={busy}>
              <X aria-hidden="true" />
              {t('verification.reject')}
            </Button>
          ) : null}
          <Button onClick={onApprove} disabled={busy}>
            <Check aria-hidden="true" />
            {t('verification.approve')}
          </Button>
        </div>
      </section>
    </Card>
  )
}
