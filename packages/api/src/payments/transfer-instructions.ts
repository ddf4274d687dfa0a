import type { TStartedPayment } from '@medbook/contracts'
import type { Settings } from '../settings/service.js'
import { vietQrPayload, vietQrSvg } from './transfers/vietqr.js'

type BankAccount = Settings['payments.bankTransferAccount']

/** What the patient needs to pay by transfer: the account, the exact amount, the reference, and all three as a VietQR code. */
export async function transferInstructions(
  account: BankAccount,
  payment: { amount: number; reference: string },
): Promise<NonNullable<TStartedPayment['transfer']>> {
  const qrPayload = vietQrPayload({
    bankBin: account.bankBin,
    accountNumber: account.accountNumber,
    amount: payment.amount,
    reference: payment.reference,
  })
  return {
    bankName: account.bankName,
    bankBin: account.bankBin,
    accountNumber: account.accountNumber,
    accountName: account.accountName,
    amount: payment.amount,
    reference: payment.reference,
    qrPayload,
    qrSvg: await vietQrSvg(qrPayload),
  }
}
