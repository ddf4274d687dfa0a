import type { Prisma, PrismaClient } from '@medbook/db'
import type { Auth } from '../context.js'
import { AppError } from '../errors.js'
import { type PaymentRow, paymentSelect } from './present.js'

const NOBODY = '00000000-0000-0000-0000-000000000000'

/**
 * The payments a caller may see: a patient their own (family visits are booked on their
 * account), staff their hospital's, an admin all. Doctors see none: money is the desk's.
 */
export function visiblePayments(auth: Auth): Prisma.PaymentWhereInput {
  const { user } = auth
  switch (user.role) {
    case 'patient':
      return { patientId: user.patientId ?? NOBODY }
    case 'hospital':
      return { hospitalId: user.hospitalId ?? NOBODY }
    case 'admin':
      return {}
    case 'doctor':
      return { id: NOBODY }
  }
}

/** A payment the caller may see, or NOT_FOUND (never FORBIDDEN: another's payment does not exist for them). */
export async function findVisiblePayment(db: PrismaClient, auth: Auth, id: string): Promise<PaymentRow> {
  const row = await db.payment.findFirst({ where: { id, ...visiblePayments(auth) }, select: paymentSelect })
  if (!row) throw new AppError('NOT_FOUND', 'No such payment')
  return row
}
