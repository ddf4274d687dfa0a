import { type TIdentifier, ZOtp } from '@medbook/contracts'
import { Prisma, type PrismaClient } from '@medbook/db'
import { AppError } from '../errors.js'
import { verificationCodeMail } from '../mail/messages.js'
import type { Services } from '../services.js'
import { digestsEqual, generateSixDigitCode, hashOneTimeCode } from './crypto.js'
import { findUserByIdentifier } from './identifiers.js'

export const CODE_LIFETIME_MS = 10 * 60 * 1000
export const MAX_CODE_ATTEMPTS = 5

const WRONG_CODE = 'The code is incorrect or has expired. After 5 wrong tries, ask for a new code.'

/** Creates a fresh six-digit code (stored hashed), sends it, and returns when it expires. */
export async function issueVerificationCode(
  db: PrismaClient,
  services: Services,
  user: { id: string; firstName: string; email: string | null; phoneNumber: string | null },
  channel: TIdentifier['kind'],
): Promise<Date> {
  const code = generateSixDigitCode()
  const now = new Date()
  const expiresAt = new Date(now.getTime() + CODE_LIFETIME_MS)
  const otp = {
    code: hashOneTimeCode(user.id, code),
    expiresAt: expiresAt.toISOString(),
    attempts: 0,
    sentAt: now.toISOString(),
  }
  await db.user.update({ where: { id: user.id }, data: { otp } })
  if (channel === 'email' && user.email) {
    await services.mailer.send(verificationCodeMail(user.email, user.firstName, code))
  } else if (user.phoneNumber) {
    await services.sms.send(
      user.phoneNumber,
      `MedBook: ma xac minh cua ban la ${code} (hieu luc 10 phut). Your code: ${code}`,
    )
  }
  return expiresAt
}

/** Checks a code; on success the account is verified and the code is spent. */
export async function consumeVerificationCode(db: PrismaClient, identifier: TIdentifier, code: string) {
  const user = await findUserByIdentifier(db, identifier)
  const otp = user?.otp ? ZOtp.safeParse(user.otp) : null
  if (!user || user.verificationStatus || !otp?.success) throw new AppError('BAD_REQUEST', WRONG_CODE)
  const { data } = otp
  if (data.attempts >= MAX_CODE_ATTEMPTS || data.expiresAt.getTime() <= Date.now()) {
    throw new AppError('BAD_REQUEST', WRONG_CODE)
  }
  if (!digestsEqual(data.code, hashOneTimeCode(user.id, code))) {
    await db.user.update({
      where: { id: user.id },
      data: {
        otp: {
          ...data,
          expiresAt: data.expiresAt.toISOString(),
          sentAt: data.sentAt?.toISOString(),
          attempts: data.attempts + 1,
        },
      },
    })
    throw new AppError('BAD_REQUEST', WRONG_CODE)
  }
  return db.user.update({ where: { id: user.id }, data: { verificationStatus: true, otp: Prisma.DbNull } })
}
