import { cn } from '@medbook/ui'
import { Star } from 'lucide-react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'

const VALUES = [1, 2, 3, 4, 5] as const
const WORDS = {
  1: 'reviews.starWords.one',
  2: 'reviews.starWords.two',
  3: 'reviews.starWords.three',
  4: 'reviews.starWords.four',
  5: 'reviews.starWords.five',
} as const
const wordKey = (stars: number) => WORDS[stars as keyof typeof WORDS] ?? WORDS[1]

interface StarRatingInputProps {
  legend: string
  value: number | null
  onChange: (value: number) => void
  error?: string
}

/**
 * One to five stars as a radio group: arrows move between stars, each star is named
 * ("4 sao: Hài lòng"), and the chosen word is shown beside them.
 */
export function StarRatingInput({ legend, value, onChange, error }: StarRatingInputProps) {
  const { t } = useTranslation()
  const name = useId()
  const errorId = `${name}-error`
  const label = (stars: number) => `${t('reviews.stars', { count: stars })}: ${t(wordKey(stars))}`
  return (
    <fieldset className="min-w-0" aria-describedby={error ? errorId : undefined}>
      <legend className="mb-2 text-sm font-semibold text-ink">{legend}</legend>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <div className="flex">
          {VALUES.map((stars) => (
            <label
              key={stars}
              className={cn(
                'inline-flex size-11 cursor-pointer items-center justify-center rounded-lg',
                'has-[input:focus-visible]:outline-2 has-[input:focus-visible]:outline-primary-600',
              )}
            >
              <input
                type="radio"
                name={name}
                value={stars}
                checked={value === stars}
                onChange={() => onChange(stars)}
                aria-invalid={error ? true : undefined}
                className="sr-only"
              />
              <span className="sr-only">{label(stars)}</span>
              <Star
                aria-hidden="true"
                className={cn(
                  'size-8 transition-colors',
                  value !== null && stars <= value ? 'fill-star text-star' : 'text-ink-muted',
                )}
              />
            </label>
          ))}
        </div>
        {value !== null ? (
          <span className="text-sm font-semibold text-ink" aria-hidden="true">
            {t(wordKey(value))}
          </span>
        ) : null}
      </div>
      {error ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-danger-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}
