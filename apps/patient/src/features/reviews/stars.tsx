import { cn } from '@medbook/ui'
import { Star } from 'lucide-react'

/** A rating drawn as five stars; screen readers get the caller's text instead. */
export function Stars({ rating, className }: { rating: number; className?: string }) {
  return (
    <span className={cn('inline-flex items-center gap-0.5', className)} aria-hidden="true">
      {[1, 2, 3, 4, 5].map((value) => (
        <Star
          key={value}
          className={cn('size-4', value <= Math.round(rating) ? 'fill-star text-star' : 'text-border')}
        />
      ))}
    </span>
  )
}
