import * as DropdownMenu from '@radix-ui/react-dropdown-menu'
import { Check, ChevronDown, Languages } from 'lucide-react'
import { useTranslation } from 'react-i18next'
import { isLanguage, LANGUAGE_NAMES, SUPPORTED_LANGUAGES } from '../i18n/languages'
import { buttonClassName } from './button'

export interface LanguageSwitcherProps {
  /** below the sm breakpoint show only the icon (the name stays in the accessible name) */
  compact?: boolean
  className?: string
}

export function LanguageSwitcher({ compact = false, className }: LanguageSwitcherProps) {
  const { t, i18n } = useTranslation('ui')
  const current = isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'vi'

  return (
    <DropdownMenu.Root>
      <DropdownMenu.Trigger className={buttonClassName('ghost', 'sm', className)}>
        <Languages aria-hidden="true" />
        {/* the visible name is part of the accessible one ("Language: English"), as WCAG 2.5.3 asks */}
        <span className="sr-only">{t('language')}: </span>
        <span lang={current} className={compact ? 'sr-only sm:not-sr-only' : undefined}>
          {LANGUAGE_NAMES[current]}
        </span>
        <ChevronDown className="text-ink-muted" aria-hidden="true" />
      </DropdownMenu.Trigger>
      <DropdownMenu.Portal>
        <DropdownMenu.Content
          align="end"
          sideOffset={6}
          className="z-50 min-w-44 rounded-xl border border-border bg-surface p-1.5 shadow-overlay motion-safe:animate-fade-in"
        >
          <DropdownMenu.Label className="px-3 py-1.5 text-xs font-semibold text-ink-muted">
            {t('language')}
          </DropdownMenu.Label>
          <DropdownMenu.RadioGroup value={current} onValueChange={(language) => void i18n.changeLanguage(language)}>
            {SUPPORTED_LANGUAGES.map((language) => (
              <DropdownMenu.RadioItem
                key={language}
                value={language}
                lang={language}
                className="relative flex cursor-pointer items-center rounded-lg py-2.5 pr-9 pl-3 text-sm text-ink outline-none select-none data-[highlighted]:bg-primary-50 data-[highlighted]:text-primary-900"
              >
                {LANGUAGE_NAMES[language]}
                <DropdownMenu.ItemIndicator className="absolute right-3 inline-flex">
                  <Check className="size-4 text-primary-700" aria-hidden="true" />
                </DropdownMenu.ItemIndicator>
              </DropdownMenu.RadioItem>
            ))}
          </DropdownMenu.RadioGroup>
        </DropdownMenu.Content>
      </DropdownMenu.Portal>
    </DropdownMenu.Root>
  )
}
