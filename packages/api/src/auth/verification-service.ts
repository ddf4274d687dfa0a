import { type TIdentifier, type TOtp, ZOtp } from '@medbook/contracts'
import { Prisma, type PrismaClient, type User } from '@medbook/db'
import { AppError } from '../errors.js'
import { verificationCodeMail } from '../mail/messages.js'
import type { Services } from '../services.js'
import { digestsEqual, generateSixDigitCode, hashOneTimeCode } from './crypto.js'
import { findUserByIdentifier } from './identifiers.js'

export const CODE_LIFETIME_MS = 10 * 60 * 1000
export const MAX_CODE_ATTEMPTS = 5

export const WRONG_CODE = 'The code is incorrect or has expired. After 5 wrong tries, ask for a new code.'

export type CodePurpose = TOtp['purpose']

/** Stores a fresh six-digit code for `purpose` (hashed, replacing any earlier code) and returns it. */
export async function storeOneTimeCode(
  db: PrismaClient,
  userId: string,
  purpose: CodePurpose,
): Promise<{ code: string; expiresAt: Date }> {
  const code = generateSixDigitCode()
  const now = new Date()
  const expiresAt = new Date(now.getTime() + CODE_LIFETIME_MS)
  const otp = {
    code: hashOneTimeCode(userId, code),
    expiresAt: expiresAt.toISOString(),
    attempts: 0,
    sentAt: now.toISOString(),
    purpose,
  }
  await db.user.update({ where: { id: userId }, data: { otp } })
  return { code, expiresAt }
}

/** Creates a fresh six-digit code (stored hashed), sends it, and returns when it expires. */
export async function issueVerificationCode(
  db: PrismaClient,
  services: Services,
  user: { id: string; firstName: string; email: string | null; phoneNumber: string | null },
  channel: TIdentifier['kind'],
): Promise<Date> {
  const { code, expiresAt } = await storeOneTimeCode(db, user.id, 'verify_account')
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

/**
 * Checks `code` against the user's stored code for `purpose`. A wrong code counts a try;
 * after MAX_CODE_ATTEMPTS, or once expired, no code is accepted. Returns the stored value
 * (to spend it with a compare-and-swap); every failure is the same BAD_REQUEST.
 */
export async function checkOneTimeCode(
  db: PrismaClient,
  user: Pick<User, 'id' | 'otp'>,
  code: string,
  purpose: CodePurpose,
): Promise<Prisma.InputJsonValue> {
  const otp = user.otp ? ZOtp.safeParse(user.otp) : null
  if (!otp?.success || otp.data.purpose !== purpose) throw new AppError('BAD_REQUEST', WRONG_CODE)
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
  // parsed above, so it is the stored JSON object
  return user.otp as Prisma.InputJsonValue
}

/** Checks a code; on success the account is verified and the code is spent. */
export async function consumeVerificationCode(db: PrismaClient, identifier: TIdentifier, code: string) {
  const user = await findUserByIdentifier(db, identifier)
  if (!user || user.verificationStatus) throw new AppError('BAD_REQUEST', WRONG_CODE)
  await checkOneTimeCode(db, user, code, 'verify_account')
  return db.user.update({ where: { id: user.id }, data: { verificationStatus: true, otp: Prisma.DbNull } })
}
