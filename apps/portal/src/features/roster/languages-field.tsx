import { useId, useMemo } from 'react'
import { useTranslation } from 'react-i18next'

/** The languages doctors in Vietnam most often consult in (ISO 639-1). */
const COMMON_LANGUAGES = ['vi', 'en', 'fr', 'zh', 'ja', 'ko', 'de', 'ru', 'es', 'th', 'km', 'lo'] as const

interface LanguagesFieldProps {
  legend: string
  value: readonly string[]
  onChange: (value: string[]) => void
  error?: string
}

/** Languages as checkboxes, named in the reader's language; codes already on the profile stay listed. */
export function LanguagesField({ legend, value, onChange, error }: LanguagesFieldProps) {
  const { i18n } = useTranslation()
  const id = useId()
  const names = useMemo(
    () => new Intl.DisplayNames([i18n.resolvedLanguage ?? 'vi'], { type: 'language' }),
    [i18n.resolvedLanguage],
  )
  const nameOf = (code: string) => {
    try {
      return names.of(code) ?? code
    } catch {
      return code
    }
  }
  const codes = [
    ...COMMON_LANGUAGES,
    ...value.filter((code) => !(COMMON_LANGUAGES as readonly string[]).includes(code)),
  ]
  const chosen = new Set(value)
  const toggle = (code: string, on: boolean) => {
    const next = new Set(value)
    if (on) next.add(code)
    else next.delete(code)
    onChange(codes.filter((other) => next.has(other)))
  }

  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend className="text-sm font-medium text-ink">{legend}</legend>
      <ul className="mt-2 grid grid-cols-2 gap-2 sm:grid-cols-3">
        {codes.map((code) => (
          <li key={code}>
            <label className="flex cursor-pointer items-center gap-2.5 rounded-lg border border-border px-3 py-2 text-sm text-ink has-[:checked]:border-primary-600 has-[:checked]:bg-primary-50">
              <input
                type="checkbox"
                className="size-4 shrink-0 accent-primary-700"
                checked={chosen.has(code)}
                onChange={(event) => toggle(code, event.target.checked)}
              />
              <span lang={code}>{nameOf(code)}</span>
            </label>
          </li>
        ))}
      </ul>
      {error ? (
        <p id={`${id}-error`} className="mt-1.5 text-sm font-medium text-danger-700">
          {error}
        </p>
      ) : null}
    </fieldset>
  )
}
