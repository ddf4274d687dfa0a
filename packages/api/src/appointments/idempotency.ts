import type { PrismaClient } from '@medbook/db'
import { sha256Hex } from '../auth/crypto.js'
import { AppError } from '../errors.js'
import { type AppointmentRow, appointmentSelect } from './present.js'

/**
 * An idempotency key as the IETF Idempotency-Key draft and Stripe use it: it belongs to the
 * account that sent it (bookedById) and to one request, named by the fingerprint of that
 * request's parameters. A replay of the same request returns what the first one made; the
 * same key with other parameters is refused; another account's key is never looked at.
 */
export interface Idempotency {
  key: string
  fingerprint: string
}

/** `request` lists the parameters in a fixed order (an array, so no key order can differ). */
export function idempotencyOf(key: string | undefined, request: ReadonlyArray<unknown>): Idempotency | undefined {
  return key ? { key, fingerprint: sha256Hex(JSON.stringify(request)) } : undefined
}

/** The appointment an earlier request of the same requester made with this key, or null. */
export async function findReplay(
  db: PrismaClient,
  requesterId: string,
  idempotency: Idempotency | undefined,
): Promise<AppointmentRow | null> {
  if (!idempotency) return null
  const row = await db.appointment.findUnique({
    where: { bookedById_idempotencyKey: { bookedById: requesterId, idempotencyKey: idempotency.key } },
    select: { ...appointmentSelect, idempotencyFingerprint: true },
  })
  if (!row) return null
  const { idempotencyFingerprint, ...appointment } = row
  if (idempotencyFingerprint !== idempotency.fingerprint) {
    throw new AppError('UNPROCESSABLE_CONTENT', 'Idempotency key reused with a different request', {
      field: 'idempotencyKey',
    })
  }
  return appointment
}
