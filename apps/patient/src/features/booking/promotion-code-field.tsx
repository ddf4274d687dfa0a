import { ZPromotionCode } from '@medbook/contracts'
import { Button, Field, formatVnd, Input, Notice } from '@medbook/ui'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

interface PromotionCodeFieldProps {
  /** the code applied to the quote, or null */
  applied: string | null
  onApply: (code: string | null) => void
  /** what the quote said of the applied code */
  discount: { code: string; amount: number } | null
  /** a refusal message, already translated */
  refusal: string | null
  disabled?: boolean
}

/** A promotion code: checked against the shared schema, then by the quote, which says why a code cannot be used. */
export function PromotionCodeField({ applied, onApply, discount, refusal, disabled = false }: PromotionCodeFieldProps) {
  const { t } = useTranslation()
  const [text, setText] = useState(applied ?? '')
  const [invalid, setInvalid] = useState(false)

  function apply() {
    if (text.trim() === '') {
      setInvalid(false)
      return onApply(null)
    }
    const parsed = ZPromotionCode.safeParse(text)
    setInvalid(!parsed.success)
    if (parsed.success) {
      setText(parsed.data)
      onApply(parsed.data)
    }
  }

  return (
    <div className="flex flex-col gap-2">
      <Field
        label={t('payments.quote.promotionCode')}
        hint={t('payments.quote.promotionHint')}
        error={invalid ? t('payments.quote.invalidCode') : null}
      >
        <Input
          value={text}
          maxLength={32}
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          disabled={disabled}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              event.preventDefault()
              apply()
            }
          }}
        />
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button variant="secondary" onClick={apply} disabled={disabled}>
          {t('payments.quote.apply')}
        </Button>
        {applied ? (
          <Button
            variant="ghost"
            disabled={disabled}
            onClick={() => {
              setText('')
              setInvalid(false)
              onApply(null)
            }}
          >
            {t('payments.quote.removeCode')}
          </Button>
        ) : null}
      </div>
      {refusal ? (
        <Notice tone="danger" role="alert">
          {refusal}
        </Notice>
      ) : discount ? (
        <Notice tone="success" role="status">
          {t('payments.quote.applied', { code: discount.code, amount: formatVnd(discount.amount) })}
        </Notice>
      ) : null}
    </div>
  )
}
