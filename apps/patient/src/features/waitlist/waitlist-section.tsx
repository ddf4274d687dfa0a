import type { ZWaitlistEntry } from '@medbook/contracts'
import { ErrorState, fullName, Skeleton } from '@medbook/ui'
import { useQuery } from '@tanstack/react-query'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'
import { useTRPC } from '../../lib/trpc'
import { WaitlistEntryCard } from './waitlist-entry-card'

export type TWaitlistEntry = z.infer<typeof ZWaitlistEntry>

/** The days the patient waits for, an open offer first with its claim button. */
export function WaitlistSection() {
  const { t } = useTranslation()
  const trpc = useTRPC()
  const waitlist = useQuery(trpc.waitlist.mine.queryOptions())
  const family = useQuery(trpc.family.list.queryOptions())
  const names = new Map((family.data ?? []).map((member) => [member.id, fullName(member)]))
  const entries = [...(waitlist.data ?? [])].sort(
    (a, b) => Number(b.status === 'offered') - Number(a.status === 'offered') || a.date.localeCompare(b.date),
  )

  return (
    <section id="waitlist" aria-labelledby="waitlist-title" className="scroll-mt-20">
      <h2 id="waitlist-title" className="text-xl font-bold tracking-tight text-ink">
        {t('waitlist.title')}
      </h2>
      <p className="mt-1 text-sm text-ink-muted">{t('waitlist.description')}</p>
      <div className="mt-4">
        {waitlist.isPending ? (
          <Skeleton className="h-32 rounded-2xl" />
        ) : waitlist.isError ? (
          <ErrorState
            title={t('waitlist.errorTitle')}
            onRetry={() => void waitlist.refetch()}
            retrying={waitlist.isRefetching}
          />
        ) : entries.length === 0 ? (
          <p className="rounded-2xl border border-dashed border-border bg-surface px-4 py-6 text-center text-sm text-ink-muted">
            {t('waitlist.empty')}
          </p>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {entries.map((entry) => (
              <li key={entry.id}>
                <WaitlistEntryCard
                  entry={entry}
                  memberName={entry.familyMemberId ? (names.get(entry.familyMemberId) ?? null) : null}
                />
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  )
}
