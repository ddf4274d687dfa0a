import { Card, ErrorState, Notice, PageHeader, Skeleton } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { DocumentsList } from './documents-list'
import { UploadCard } from './upload-card'

type Standing = 'pending' | 'approved' | 'rejected'

const TONES = { pending: 'warning', approved: 'success', rejected: 'danger' } as const

/** A doctor's licence review, or a hospital's verification, as the applicant sees it. */
function standingOf(user: {
  role: string
  doctorStatus: Standing | null
  hospitalStatus: 'active' | 'inactive' | 'pending' | null
}): Standing {
  if (user.role === 'doctor') return user.doctorStatus ?? 'pending'
  if (user.hospitalStatus === 'active') return 'approved'
  if (user.hospitalStatus === 'inactive') return 'rejected'
  return 'pending'
}

/** Doctors and hospital staff upload the papers an administrator checks before approving them. */
export function VerificationDocumentsPage() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const documents = useQuery({ ...trpc.verification.myDocuments.queryOptions(), staleTime: 0 })
  // the standing changes when an administrator decides: read the session afresh
  const current = useQuery({ ...trpc.auth.me.queryOptions(), staleTime: 0 }).data
  if (!current) return null
  const standing = standingOf(current)
  const refresh = () => documents.refetch()

  return (
    <div className="flex max-w-3xl flex-col gap-6">
      <PageHeader
        title={t('verificationDocuments.title')}
        description={
          current.role === 'doctor'
            ? t('verificationDocuments.descriptionDoctor')
            : t('verificationDocuments.descriptionHospital')
        }
      />
      <Notice
        tone={TONES[standing]}
        title={`${t('verificationDocuments.status.title')}: ${t(`verificationDocuments.status.${standing}`)}`}
      >
        {t(`verificationDocuments.status.${standing}Description`)}
      </Notice>
      {documents.isError ? (
        <ErrorState
          title={t('verificationDocuments.errorTitle')}
          onRetry={() => void documents.refetch()}
          retrying={documents.isRefetching}
        />
      ) : documents.isPending ? (
        <Card className="flex flex-col gap-3 p-6" aria-busy="true">
          <Skeleton className="h-5 w-48" />
          <Skeleton className="h-10 w-full" />
          <Skeleton className="h-10 w-full" />
        </Card>
      ) : (
        <>
          <UploadCard count={documents.data.length} onUploaded={refresh} />
          <DocumentsList documents={documents.data} canDelete={standing === 'pending'} onChanged={refresh} />
        </>
      )}
    </div>
  )
}
