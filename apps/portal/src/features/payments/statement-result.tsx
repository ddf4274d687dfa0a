import type { ZStatementImportResult } from '@medbook/contracts'
import { formatVnd, Notice } from '@medbook/ui'
import { useTranslation } from 'react-i18next'
import type { z } from 'zod'

type TStatementImportResult = z.infer<typeof ZStatementImportResult>

/** What an imported statement did: payments confirmed, transfers with the wrong amount, lines unmatched or unread. */
export function StatementResult({ result }: { result: TStatementImportResult }) {
  const { t } = useTranslation()
  const nothing = result.confirmed.length === 0 && result.wrongAmount.length === 0
  return (
    <div className="flex flex-col gap-3" data-testid="statement-result">
      <Notice tone={result.confirmed.length > 0 ? 'success' : 'info'} role="status">
        {nothing
          ? t('payments.statement.nothing')
          : t('payments.statement.confirmed', { count: result.confirmed.length })}
      </Notice>
      {result.confirmed.length > 0 ? (
        <ul className="flex flex-col gap-1 text-sm text-ink">
          {result.confirmed.map((row) => (
            <li key={row.paymentId}>
              {t('payments.statement.line', { line: row.line })}:{' '}
              {t('payments.statement.confirmedRow', { reference: row.reference, amount: formatVnd(row.amount) })}
            </li>
          ))}
        </ul>
      ) : null}
      {result.wrongAmount.length > 0 ? (
        <section className="text-sm">
          <h3 className="font-semibold text-warning-800">
            {t('payments.statement.wrongAmount', { count: result.wrongAmount.length })}
          </h3>
          <ul className="mt-1 flex flex-col gap-1 text-ink">
            {result.wrongAmount.map((row) => (
              <li key={`${row.paymentId}-${row.line}`}>
                {t('payments.statement.line', { line: row.line })}:{' '}
                {t('payments.statement.wrongAmountRow', {
                  reference: row.reference,
                  expected: formatVnd(row.expected),
                  received: formatVnd(row.received),
                })}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p className="text-sm text-ink-muted">{t('payments.statement.unmatched', { count: result.unmatched })}</p>
      {result.errors.length > 0 ? (
        <section className="text-sm">
          <h3 className="font-semibold text-danger-700">
            {t('payments.statement.errors', { count: result.errors.length })}
          </h3>
          <ul className="mt-1 flex flex-col gap-1 text-ink-muted">
            {result.errors.map((row) => (
              <li key={row.line}>
                {t('payments.statement.line', { line: row.line })}: {row.message}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  )
}
