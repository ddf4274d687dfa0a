import { Button, EmptyState, ErrorState, LoadMore, Skeleton } from '@medbook/ui'
import { useInfiniteQuery } from '@tanstack/react-query'
import { CalendarPlus, History } from 'lucide-react'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Link } from 'react-router'
import { useTRPC } from '../../lib/trpc'
import { AppointmentCard } from './appointment-card'

const PAGE_SIZE = 10

interface AppointmentListProps {
  when: 'upcoming' | 'past'
  /** appointments held for the patient by a waitlist offer */
  offeredIds: ReadonlySet<string>
}

export function AppointmentList({ when, offeredIds }: AppointmentListProps) {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const results = useInfiniteQuery(
    trpc.appointments.mine.infiniteQueryOptions(
      { when, limit: PAGE_SIZE },
      { getNextPageParam: (page) => page.nextCursor ?? undefined },
    ),
  )
  const appointments = useMemo(() => results.data?.pages.flatMap((page) => page.items) ?? [], [results.data])

  if (results.isPending) {
    return (
      <div className="flex flex-col gap-4" aria-busy="true">
        <Skeleton className="h-44 rounded-2xl" />
        <Skeleton className="h-44 rounded-2xl" />
      </div>
    )
  }
  if (results.isError) {
    return (
      <ErrorState
        title={t('appointments.list.errorTitle')}
        onRetry={() => void results.refetch()}
        retrying={results.isRefetching}
      />
    )
  }
  if (appointments.length === 0) {
    return when === 'upcoming' ? (
      <EmptyState
        icon={CalendarPlus}
        title={t('appointments.list.emptyUpcomingTitle')}
        description={t('appointments.list.emptyUpcoming')}
        action={
          <Button asChild>
            <Link to="/doctors">{t('appointments.bookNew')}</Link>
          </Button>
        }
      />
    ) : (
      <EmptyState
        icon={History}
        title={t('appointments.list.emptyPastTitle')}
        description={t('appointments.list.emptyPast')}
      />
    )
  }
  return (
    <div className="flex flex-col gap-4">
      <ul className="grid gap-4 md:grid-cols-2">
        {appointments.map((appointment) => (
          <li key={appointment.id}>
            <AppointmentCard appointment={appointment} isWaitlistOffer={offeredIds.has(appointment.id)} />
          </li>
        ))}
      </ul>
      {results.hasNextPage || results.data.pages.length > 1 ? (
        <LoadMore
          hasMore={results.hasNextPage}
          loading={results.isFetchingNextPage}
          onLoadMore={() => void results.fetchNextPage()}
        />
      ) : null}
    </div>
  )
}
