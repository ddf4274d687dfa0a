import { randomUUID } from 'node:crypto'
import type { TOnlinePaymentMethod, TStartedPayment } from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import { type ActivityActor, logActivity } from '../audit/log-activity.js'
import { AppError } from '../errors.js'
import type { Services } from '../services.js'
import { readSettings } from '../settings/service.js'
import { MomoCheckoutError } from './gateways/momo.js'
import { type PaymentRow, paymentSelect, toPayment } from './present.js'
import { transferInstructions } from './transfer-instructions.js'
import { transferReference } from './transfers/vietqr.js'

/** a gateway's checkout page stays open this long (VNPay and MoMo both expire links) */
const CHECKOUT_MINUTES = 15
/** a bank transfer may take a day to show on the statement */
const TRANSFER_HOURS = 24

export interface StartPayment {
  patientId: string
  appointmentId: string
  method: TOnlinePaymentMethod
  locale: 'vi' | 'en'
  clientIp: string
  /** the app the patient pays from: the gateway sends them back there (else to the callback origin) */
  appOrigin: string | null
  actor: ActivityActor
  now: Date
}

/**
 * Opens a payment for the patient's unpaid visit: a checkout link at VNPay or MoMo (a new
 * attempt each time — an abandoned one expires and the reconciliation job closes it), or the
 * bank-transfer instructions (the same pending transfer, with the same reference, until it
 * expires: the reference is how the money is found).
 */
export async function startPayment(
  db: PrismaClient,
  services: Services,
  start: StartPayment,
): Promise<TStartedPayment> {
  const appointment = await db.appointment.findFirst({
    where: { id: start.appointmentId, patientId: start.patientId },
    select: {
      id: true,
      status: true,
      paymentStatus: true,
      totalAmount: true,
      hospitalId: true,
      startsAt: true,
      holdExpiresAt: true,
    },
  })
  if (!appointment) throw new AppError('NOT_FOUND', 'No such appointment')
  if (appointment.paymentStatus === 'completed' || appointment.paymentStatus === 'refunded') {
    throw new AppError('PRECONDITION_FAILED', 'This visit is already paid', { reason: 'already_paid' })
  }
  if (appointment.status !== 'scheduled' || appointment.startsAt <= start.now) {
    throw new AppError('PRECONDITION_FAILED', 'Only an upcoming visit can be paid online', { reason: 'not_payable' })
  }
  if (appointment.totalAmount <= 0) {
    throw new AppError('PRECONDITION_FAILED', 'This visit costs nothing', { reason: 'nothing_to_pay' })
  }
  const settings = await readSettings(db)
  if (start.method === 'bank_transfer') {
    const open = await db.payment.findFirst({
      where: {
        appointmentId: appointment.id,
        paymentMethod: 'bank_transfer',
        status: 'pending',
        expiresAt: { gt: start.now },
        amount: appointment.totalAmount,
      },
      select: paymentSelect,
      orderBy: { createdAt: 'desc' },
    })
    const payment = open ?? (await createAttempt(db, appointment, start, transferExpiry(appointment, start.now)))
    return {
      payment: toPayment(payment),
      redirectUrl: null,
      transfer: await transferInstructions(settings['payments.bankTransferAccount'], payment),
    }
  }
  const expiresAt = new Date(
    Math.min(
      start.now.getTime() + CHECKOUT_MINUTES * 60_000,
      appointment.holdExpiresAt?.getTime() ?? Number.POSITIVE_INFINITY,
    ),
  )
  const payment = await createAttempt(db, appointment, start, expiresAt)
  const origin = services.payments.callbackOrigin()
  const gateway = services.payments.gateway(start.method)
  try {
    const link = await gateway.createCheckout({
      reference: payment.reference,
      amount: payment.amount,
      description: `MedBook ${payment.reference}`,
      returnUrl: `${start.appOrigin ?? origin}/payments/${payment.id}`,
      notifyUrl: `${origin}/payments/ipn/${start.method}`,
      clientIp: start.clientIp,
      locale: start.locale,
      createdAt: payment.createdAt,
      expiresAt,
    })
    return { payment: toPayment(payment), redirectUrl: link.redirectUrl, transfer: null }
  } catch (error) {
    // a refusal means no order exists: this attempt can never be paid. No answer (timeout) is
    // not a refusal: the attempt stays pending and the reconciliation sweep asks the gateway.
    const refused =
      error instanceof AppError ||
      (error instanceof MomoCheckoutError && (error.failure === 'rejected' || error.failure === 'invalid_request'))
    if (refused)
      await db.payment.updateMany({ where: { id: payment.id, status: 'pending' }, data: { status: 'failed' } })
    console.error('payment %s: checkout failed: %s', payment.id, error instanceof Error ? error.message : error)
    throw new AppError('BAD_GATEWAY', 'The payment gateway did not answer; try again or choose another method')
  }
}

function transferExpiry(appointment: { startsAt: Date; holdExpiresAt: Date | null }, now: Date): Date {
  const latest = Math.min(
    now.getTime() + TRANSFER_HOURS * 3_600_000,
    appointment.startsAt.getTime(),
    appointment.holdExpiresAt?.getTime() ?? Number.POSITIVE_INFINITY,
  )
  return new Date(latest)
}

async function createAttempt(
  db: PrismaClient,
  appointment: { id: string; hospitalId: string; totalAmount: number },
  start: StartPayment,
  expiresAt: Date,
): Promise<PaymentRow> {
  return db.$transaction(async (tx) => {
    const id = randomUUID()
    const payment = await tx.payment.create({
      data: {
        id,
        appointmentId: appointment.id,
        patientId: start.patientId,
        hospitalId: appointment.hospitalId,
        amount: appointment.totalAmount,
        paymentMethod: start.method,
        reference: transferReference(id),
        status: 'pending',
        expiresAt,
        createdAt: start.now,
      },
      select: paymentSelect,
    })
    await logActivity(tx, start.actor, 'start_payment', {
      paymentId: payment.id,
      appointmentId: appointment.id,
      method: start.method,
      amount: payment.amount,
    })
    return payment
  })
}
