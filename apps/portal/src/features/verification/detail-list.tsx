import type { ReactNode } from 'react'

/** Label and value pairs of an application, as a description list: side by side, stacked on a phone. */
export function DetailList({ items }: { items: { label: string; value: ReactNode }[] }) {
  return (
    <dl className="flex flex-col gap-3 text-sm">
      {items.map((item) => (
        <div key={item.label} className="grid gap-0.5 sm:grid-cols-[minmax(0,11rem)_minmax(0,1fr)] sm:gap-4">
          <dt className="text-ink-muted">{item.label}</dt>
          <dd className="min-w-0 font-medium break-words text-ink">{item.value}</dd>
        </div>
      ))}
    </dl>
  )
}
