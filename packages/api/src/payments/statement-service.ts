import type { PrismaClient } from '@medbook/db'
import { dispatchNotifications } from '../appointments/notify.js'
import { type ActivityActor, logActivity } from '../audit/log-activity.js'
import type { Auth } from '../context.js'
import { AppError } from '../errors.js'
import type { Services } from '../services.js'
import { visiblePayments } from './access.js'
import { confirmTransfer } from './desk-service.js'
import { executeRefunds } from './refund-executor.js'
import { matchTransfers, parseBankStatementCsv } from './transfers/bank-statement.js'

/**
 * Reads a bank statement and confirms each pending transfer (that the caller may see) whose
 * reference appears in a credit's content with the exact amount. Rows with another amount are
 * reported, never confirmed; importing the same statement twice confirms nothing new.
 */
export async function importStatement(
  db: PrismaClient,
  services: Services,
  auth: Auth,
  actor: ActivityActor,
  csv: string,
  now: Date,
) {
  const parsed = parseBankStatementCsv(csv)
  if (parsed.rows.length === 0 && parsed.errors.length > 0) {
    throw new AppError('BAD_REQUEST', 'This file is not a bank statement we can read', {
      errors: parsed.errors.slice(0, 20),
    })
  }
  const pending = await db.payment.findMany({
    where: { ...visiblePayments(auth), paymentMethod: 'bank_transfer', status: 'pending' },
    select: { id: true, reference: true, amount: true },
    take: 10_000,
  })
  const matches = matchTransfers(
    parsed.rows,
    pending.map((payment) => ({ paymentId: payment.id, reference: payment.reference, amount: payment.amount })),
  )
  const byId = new Map(pending.map((payment) => [payment.id, payment]))
  const confirmed = []
  for (const match of matches.matched) {
    const payment = byId.get(match.paymentId)
    if (!payment) continue
    const result = await confirmTransfer(
      db,
      auth,
      actor,
      { paymentId: payment.id, bankReference: match.row.bankReference },
      now,
    ).catch(() => null)
    if (!result) continue
    await dispatchNotifications(db, services, result.notificationIds)
    await executeRefunds(db, services, result.refundIds, now)
    confirmed.push({
      paymentId: payment.id,
      reference: payment.reference,
      amount: payment.amount,
      line: match.row.line,
    })
  }
  await logActivity(db, actor, 'import_bank_statement', {
    rows: parsed.rows.length,
    confirmed: confirmed.length,
    wrongAmount: matches.wrongAmount.length,
  })
  return {
    confirmed,
    wrongAmount: matches.wrongAmount.map((entry) => ({
      paymentId: entry.paymentId,
      reference: byId.get(entry.paymentId)?.reference ?? '',
      expected: byId.get(entry.paymentId)?.amount ?? 0,
      received: entry.row.amount,
      line: entry.row.line,
    })),
    unmatched: matches.unmatched.length,
    errors: parsed.errors.slice(0, 100),
  }
}
