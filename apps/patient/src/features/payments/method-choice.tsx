import { cn } from '@medbook/ui'
import { Building2, CreditCard, Landmark, type LucideIcon, Wallet } from 'lucide-react'
import { useId } from 'react'
import { useTranslation } from 'react-i18next'

export type PayChoice = 'vnpay' | 'momo' | 'bank_transfer' | 'at_clinic'

const CHOICES: readonly { value: PayChoice; icon: LucideIcon }[] = [
  { value: 'vnpay', icon: CreditCard },
  { value: 'momo', icon: Wallet },
  { value: 'bank_transfer', icon: Landmark },
  { value: 'at_clinic', icon: Building2 },
]

const LABELS = {
  vnpay: ['payments.pay.vnpay', 'payments.pay.vnpayHint'],
  momo: ['payments.pay.momo', 'payments.pay.momoHint'],
  bank_transfer: ['payments.pay.bankTransfer', 'payments.pay.bankTransferHint'],
  at_clinic: ['payments.pay.atClinic', 'payments.pay.atClinicHint'],
} as const

interface MethodChoiceProps {
  value: PayChoice
  onChange: (value: PayChoice) => void
  /** a prepaid visit cannot be paid at the desk */
  allowAtClinic: boolean
  disabled?: boolean
}

/** VNPay, MoMo, VietQR transfer or the desk: radio cards, one column on a phone. */
export function MethodChoice({ value, onChange, allowAtClinic, disabled = false }: MethodChoiceProps) {
  const { t } = useTranslation()
  const name = useId()
  const choices = allowAtClinic ? CHOICES : CHOICES.filter((choice) => choice.value !== 'at_clinic')
  return (
    <fieldset className="min-w-0" disabled={disabled}>
      <legend className="mb-2 text-sm font-semibold text-ink">{t('payments.pay.methodLegend')}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {choices.map(({ value: choice, icon: Icon }) => {
          const chosen = value === choice
          const [label, hint] = LABELS[choice]
          return (
            <label
              key={choice}
              className={cn(
                'flex cursor-pointer items-center gap-3 rounded-xl border p-3 transition-colors',
                'has-[input:focus-visible]:outline-2 has-[input:focus-visible]:outline-offset-2 has-[input:focus-visible]:outline-primary-600',
                chosen
                  ? 'border-primary-700 bg-primary-50 ring-1 ring-primary-700'
                  : 'border-border bg-surface hover:border-primary-300',
              )}
            >
              <input
                type="radio"
                name={name}
                value={choice}
                checked={chosen}
                onChange={() => onChange(choice)}
                className="size-4 shrink-0 accent-primary-700"
              />
              <Icon className="size-5 shrink-0 text-primary-700" aria-hidden="true" />
              <span className="min-w-0">
                <span className="block text-sm font-semibold text-ink">{t(label)}</span>
                <span className="block text-xs text-ink-muted">{t(hint)}</span>
              </span>
            </label>
          )
        })}
      </div>
    </fieldset>
  )
}
