import { Card, Skeleton } from '@medbook/ui'
import type { LucideIcon } from 'lucide-react'
import { type ReactNode, useId } from 'react'

interface StatCardProps {
  icon: LucideIcon
  label: string
  value: ReactNode
  hint?: ReactNode
}

/** One headline figure: its name, the figure, and a line on how it was counted. */
export function StatCard({ icon: Icon, label, value, hint }: StatCardProps) {
  const labelId = useId()
  return (
    <Card role="group" aria-labelledby={labelId} className="flex items-start gap-4 p-5">
      <span className="inline-flex size-10 shrink-0 items-center justify-center rounded-xl bg-primary-50 text-primary-700">
        <Icon className="size-5" aria-hidden="true" />
      </span>
      <div className="min-w-0">
        <p id={labelId} className="text-sm font-medium text-ink-muted">
          {label}
        </p>
        <p className="mt-1 text-2xl font-bold tracking-tight text-ink tabular-nums">{value}</p>
        {hint ? <p className="mt-1 text-sm text-ink-muted">{hint}</p> : null}
      </div>
    </Card>
  )
}

export function StatCardSkeleton() {
  return (
    <Card className="flex items-start gap-4 p-5">
      <Skeleton className="size-10 rounded-xl" />
      <div className="flex flex-1 flex-col gap-2">
        <Skeleton className="h-4 w-24" />
        <Skeleton className="h-7 w-32" />
        <Skeleton className="h-4 w-40" />
      </div>
    </Card>
  )
}

/** The shape of a dashboard while it loads: four figures and the charts' places. */
export function DashboardSkeleton({ charts = 2 }: { charts?: number }) {
  return (
    <div className="flex flex-col gap-6" aria-hidden="true">
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4">
        <StatCardSkeleton />
        <StatCardSkeleton />
        <StatCardSkeleton />
        <StatCardSkeleton />
      </div>
      {Array.from({ length: charts }, (_, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: placeholders have no identity
        <Skeleton key={index} className="h-96 rounded-2xl" />
      ))}
    </div>
  )
}
