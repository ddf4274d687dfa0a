import QRCode from 'qrcode'
import { QRPay } from 'vietnam-qr-pay'
import { AppError } from '../../errors.js'

/**
 * VietQR (NAPAS 247 "QRIBFTTA": transfer to an account) built by `vietnam-qr-pay`, which writes
 * the EMVCo TLV fields and the CRC-16/CCITT-FALSE checksum; this module only checks what we put in.
 */
export interface VietQrInput {
  /** NAPAS BIN of the receiving bank, 6 digits (970436 = Vietcombank) */
  bankBin: string
  accountNumber: string
  /** integer VND */
  amount: number
  /** what the payer's bank writes into the transfer's description: [A-Z0-9], at most 25 characters */
  reference: string
}

export interface ParsedVietQr {
  bankBin: string
  accountNumber: string
  amount: number | null
  reference: string | null
}

const BANK_BIN = /^\d{6}$/
// NAPAS: the beneficiary id inside tag 38/01/01 is "ans", at most 19 characters; banks use digits and letters.
const ACCOUNT_NUMBER = /^[A-Za-z0-9]{1,19}$/
const REFERENCE = /^[A-Z0-9]{1,25}$/
// NAPAS 247 caps one transfer at 500,000,000 VND; tag 54 holds at most 13 characters anyway.
const MAX_AMOUNT = 500_000_000

export function vietQrPayload(input: VietQrInput): string {
  if (!BANK_BIN.test(input.bankBin)) {
    throw new AppError('BAD_REQUEST', 'The bank BIN must be 6 digits', { field: 'bankBin' })
  }
  if (!ACCOUNT_NUMBER.test(input.accountNumber)) {
    throw new AppError('BAD_REQUEST', 'The account number must be 1 to 19 letters or digits', {
      field: 'accountNumber',
    })
  }
  if (!Number.isSafeInteger(input.amount) || input.amount <= 0 || input.amount > MAX_AMOUNT) {
    throw new AppError('BAD_REQUEST', `The amount must be a whole number of VND from 1 to ${MAX_AMOUNT}`, {
      field: 'amount',
    })
  }
  if (!REFERENCE.test(input.reference)) {
    throw new AppError('BAD_REQUEST', 'The reference must be 1 to 25 characters A-Z or 0-9', { field: 'reference' })
  }
  return QRPay.initVietQR({
    bankBin: input.bankBin,
    bankNumber: input.accountNumber,
    amount: String(input.amount),
    purpose: input.reference,
    initMethod: '12',
  }).build()
}

/** Reads a VietQR transfer payload; null when it is not one or its checksum is wrong. */
export function parseVietQr(payload: string): ParsedVietQr | null {
  const qr = new QRPay(payload)
  if (!qr.isValid || qr.provider.guid !== 'A000000727' || !qr.consumer.bankBin || !qr.consumer.bankNumber) {
    return null
  }
  const amount = qr.amount === undefined ? null : Number(qr.amount)
  return {
    bankBin: qr.consumer.bankBin,
    accountNumber: qr.consumer.bankNumber,
    amount: amount !== null && Number.isSafeInteger(amount) ? amount : null,
    reference: qr.additionalData.purpose ?? null,
  }
}

const SVG_SIZE = 256

/** The payload as an SVG QR code (error correction M), titled for screen readers in both languages. */
export async function vietQrSvg(payload: string): Promise<string> {
  if (parseVietQr(payload) === null) {
    throw new AppError('BAD_REQUEST', 'Not a VietQR transfer payload', { field: 'payload' })
  }
  const svg = await QRCode.toString(payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 2, width: SVG_SIZE })
  const title = '<title>Mã VietQR để chuyển khoản / VietQR code for the bank transfer</title>'
  // qrcode already writes width and height (from `width`); the role and title make it one labelled image.
  return svg.replace(/^<svg ([^>]*)>/, `<svg role="img" $1>${title}`).trimEnd()
}

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * "MB" + 10 Crockford base32 characters (no I, L, O, U: nothing to misread when typed) from the
 * payment id's last 50 bits. MedBook ids are UUIDv7, whose last 62 bits are random (v4 ids are
 * random there too), so two payments share a reference with probability 2^-50; among a million
 * payments the chance of any clash is about n²/2^51 ≈ 0.04%, and the database's unique index on
 * the reference turns that rare clash into an error rather than a misattributed transfer.
 */
export function transferReference(paymentId: string): string {
  if (!UUID.test(paymentId)) {
    throw new AppError('BAD_REQUEST', 'The payment id must be a UUID', { field: 'paymentId' })
  }
  let bits = BigInt(`0x${paymentId.replaceAll('-', '').slice(-13)}`) & ((1n << 50n) - 1n)
  let encoded = ''
  for (let i = 0; i < 10; i++) {
    encoded = CROCKFORD[Number(bits & 31n)] + encoded
    bits >>= 5n
  }
  return `MB${encoded}`
}
