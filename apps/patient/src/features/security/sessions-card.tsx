import { ErrorState, SectionCard, Skeleton, toast, useServerErrorText } from '@medbook/ui'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import { useTRPC } from '../../lib/trpc'
import { SessionItem } from './session-item'

/** Every device signed in to the account; any other one can be signed out from here. */
export function SessionsCard() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const serverErrorText = useServerErrorText()
  const sessions = useQuery({ ...trpc.sessions.list.queryOptions(), staleTime: 0 })
  const revoke = useMutation(
    trpc.sessions.revoke.mutationOptions({
      onSuccess: async () => {
        toast(t('security.sessions.revoked'))
        await queryClient.invalidateQueries({ queryKey: trpc.sessions.list.queryKey() })
      },
      onError: (error) => toast(serverErrorText(error), { tone: 'danger' }),
    }),
  )

  return (
    <SectionCard title={t('security.sessions.title')} description={t('security.sessions.description')}>
      {sessions.isError ? (
        <ErrorState onRetry={() => void sessions.refetch()} retrying={sessions.isRefetching} />
      ) : !sessions.data ? (
        <div className="flex flex-col gap-3">
          <Skeleton className="h-14" />
          <Skeleton className="h-14" />
        </div>
      ) : (
        <ul className="divide-y divide-border" aria-label={t('security.sessions.listLabel')}>
          {/* this device first, then the most recently used */}
          {[...sessions.data]
            .sort((a, b) => Number(b.current) - Number(a.current))
            .map((session) => (
              <SessionItem
                key={session.id}
                session={session}
                revoking={revoke.isPending && revoke.variables.id === session.id}
                onRevoke={() => revoke.mutate({ id: session.id })}
              />
            ))}
        </ul>
      )}
    </SectionCard>
  )
}
