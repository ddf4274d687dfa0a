import { Skeleton } from '@medbook/ui'

export function SpecialtyTileSkeleton() {
  return (
    <div className="flex items-center gap-3 rounded-xl border border-border bg-surface p-3 sm:p-4">
      <Skeleton className="size-10 shrink-0 rounded-lg" />
      <div className="flex-1">
        <Skeleton className="h-4 w-4/5" />
        <Skeleton className="mt-1.5 h-3 w-1/2" />
      </div>
    </div>
  )
}
