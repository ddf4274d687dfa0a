import { AuthCard, ErrorState, formatDate, Notice, PLATFORM_TIME_ZONE, readServerError, Skeleton } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { Building2, Stethoscope } from 'lucide-react'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'
import { useSearchParams } from 'react-router'
import { useTRPC } from '../../lib/trpc'
import { AcceptInvitationForm } from './accept-invitation-form'

const MIN_TOKEN_LENGTH = 20

function InvalidInvitation() {
  const { t } = useTranslation()
  return (
    <Notice tone="danger" role="alert" title={t('invitation.invalidTitle')}>
      {t('invitation.invalid')}
    </Notice>
  )
}

export function AcceptInvitationPage() {
  const { t, i18n } = useTranslation()
  const trpc = useTRPC()
  const [params] = useSearchParams()
  const token = params.get('token') ?? ''
  const [gone, setGone] = useState(false)
  const invitation = useQuery({
    ...trpc.auth.invitation.queryOptions({ token }),
    enabled: token.length >= MIN_TOKEN_LENGTH,
    retry: false,
    staleTime: Number.POSITIVE_INFINITY,
  })
  const invalid =
    gone ||
    token.length < MIN_TOKEN_LENGTH ||
    (invitation.isError && ['NOT_FOUND', 'BAD_REQUEST'].includes(readServerError(invitation.error).code ?? ''))

  return (
    <AuthCard
      icon={Stethoscope}
      className="max-w-lg"
      title={t('invitation.title')}
      description={t('invitation.description')}
    >
      {invalid ? (
        <InvalidInvitation />
      ) : invitation.isError ? (
        <ErrorState onRetry={() => void invitation.refetch()} retrying={invitation.isRefetching} />
      ) : !invitation.data ? (
        <div className="flex flex-col gap-4" aria-busy="true">
          <Skeleton className="h-24 rounded-xl" />
          <Skeleton className="h-64 rounded-xl" />
        </div>
      ) : (
        <div className="flex flex-col gap-6">
          <div className="flex gap-3 rounded-xl bg-primary-50 p-4">
            <Building2 className="mt-0.5 size-5 shrink-0 text-primary-700" aria-hidden="true" />
            <dl className="min-w-0 text-sm">
              <dt className="sr-only">{t('invitation.hospital')}</dt>
              <dd className="text-base font-semibold text-primary-900">{invitation.data.hospitalName}</dd>
              <dt className="mt-2 text-ink-muted">{t('invitation.email')}</dt>
              <dd className="font-medium break-all text-ink">{invitation.data.email}</dd>
              <dt className="mt-2 text-ink-muted">{t('invitation.expires')}</dt>
              <dd className="text-ink">{formatDate(invitation.data.expiresAt, i18n.language, PLATFORM_TIME_ZONE)}</dd>
            </dl>
          </div>
          <AcceptInvitationForm token={token} email={invitation.data.email} onGone={() => setGone(true)} />
        </div>
      )}
    </AuthCard>
  )
}
