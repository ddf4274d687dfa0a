import { ZHospitalPaymentsInput } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import { z } from 'zod'
import { csvLine } from '../admin/activity-logs-export.js'
import type { Auth } from '../context.js'
import { AppError } from '../errors.js'
import { DEFAULT_ZONE, listPayments, paymentsWhere } from './list-service.js'

const HEADER = [
  'reference',
  'created_at',
  'payment_date',
  'status',
  'method',
  'amount_vnd',
  'refunded_vnd',
  'transaction_id',
  'patient',
  'doctor',
  'hospital',
  'appointment_id',
  'appointment_starts_at',
] as const

/** payments.list's filters; hospitalId narrows an admin's export to one hospital (staff see only theirs anyway) */
const ZExportQuery = ZHospitalPaymentsInput.omit({ cursor: true, limit: true }).extend({
  hospitalId: z.string().uuid().optional(),
})

/**
 * The payments a staff member (their hospital's) or an admin (all) may see, filtered as in
 * payments.list, as CSV: UTF-8 with a byte-order mark, RFC 4180, formula-safe cells, read page
 * by page so memory stays flat.
 */
export async function* hospitalPaymentsCsv(
  db: PrismaClient,
  auth: Auth,
  params: URLSearchParams,
): AsyncGenerator<string> {
  if (auth.user.role !== 'hospital' && auth.user.role !== 'admin') {
    throw new AppError('FORBIDDEN', 'This needs a hospital staff or administrator account')
  }
  const parsed = ZExportQuery.safeParse(Object.fromEntries([...params.entries()].filter(([, value]) => value !== '')))
  if (!parsed.success) {
    throw new AppError('BAD_REQUEST', `Invalid filter: ${z.prettifyError(parsed.error)}`, {
      field: String(parsed.error.issues[0]?.path[0] ?? ''),
    })
  }
  const zone = auth.user.hospitalId
    ? ((await db.hospital.findUnique({ where: { id: auth.user.hospitalId }, select: { timeZone: true } }))?.timeZone ??
      DEFAULT_ZONE)
    : DEFAULT_ZONE
  const where = paymentsWhere(auth, parsed.data, zone)
  yield `\uFEFF${csvLine([...HEADER])}`
  let cursor: string | undefined
  do {
    const page = await listPayments(db, where, { cursor, limit: 100 })
    yield page.items
      .map((payment) =>
        csvLine([
          payment.reference,
          payment.createdAt.toISOString(),
          payment.paymentDate?.toISOString() ?? '',
          payment.status,
          payment.paymentMethod,
          String(payment.amount),
          String(payment.refundAmount ?? 0),
          payment.transactionId,
          payment.patient.name,
          payment.doctor.name,
          payment.hospital.name,
          payment.appointmentId,
          payment.appointmentStartsAt.toISOString(),
        ]),
      )
      .join('')
    cursor = page.nextCursor ?? undefined
  } while (cursor)
}
