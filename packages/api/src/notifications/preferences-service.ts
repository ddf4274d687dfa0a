import {
  NOTIFICATION_CHANNEL_DEFAULTS,
  NOTIFICATION_TYPES_BY_ROLE,
  SECURITY_NOTIFICATIONS,
  type TNotificationPreference,
  type TPreferenceType,
  type TUserRole,
} from '@medbook/contracts'
import type { PrismaClient } from '@medbook/db'
import { AppError } from '../errors.js'

/** Codes and resets go by email, and by SMS to a phone number that signs in. */
const SECURITY_CHANNELS = { inApp: false, email: true, sms: true }

/** Every type the user's role receives with its channels (chosen or default), then the locked security row. */
export async function notificationPreferences(
  db: PrismaClient,
  user: { id: string; role: TUserRole },
): Promise<{ items: TNotificationPreference[]; hasPhone: boolean }> {
  const [chosen, account] = await Promise.all([
    db.notificationPreference.findMany({
      where: { userId: user.id },
      select: { type: true, inApp: true, email: true, sms: true },
    }),
    db.user.findUniqueOrThrow({ where: { id: user.id }, select: { phoneNumber: true } }),
  ])
  const items: TNotificationPreference[] = NOTIFICATION_TYPES_BY_ROLE[user.role].map((type) => {
    const defaults = NOTIFICATION_CHANNEL_DEFAULTS[type]
    const row = chosen.find((c) => c.type === type)
    return {
      type,
      inApp: row?.inApp ?? defaults.inApp,
      email: row?.email ?? defaults.email,
      sms: row?.sms ?? defaults.sms,
      locked: false,
      defaults,
    }
  })
  items.push({ type: SECURITY_NOTIFICATIONS, ...SECURITY_CHANNELS, locked: true, defaults: SECURITY_CHANNELS })
  return { items, hasPhone: account.phoneNumber !== null }
}

/** Changes the channels named, keeping the others as they were (chosen or default). */
export async function setNotificationPreference(
  db: PrismaClient,
  user: { id: string; role: TUserRole },
  input: { type: TPreferenceType; inApp?: boolean; email?: boolean; sms?: boolean },
): Promise<TNotificationPreference> {
  const type = input.type
  if (type === SECURITY_NOTIFICATIONS) {
    throw new AppError('FORBIDDEN', 'Security messages (verification codes, password resets) cannot be turned off')
  }
  if (!NOTIFICATION_TYPES_BY_ROLE[user.role].includes(type)) {
    throw new AppError('BAD_REQUEST', 'This account does not receive this kind of notification')
  }
  const defaults = NOTIFICATION_CHANNEL_DEFAULTS[type]
  const saved = await db.$transaction(async (tx) => {
    const current = await tx.notificationPreference.findUnique({ where: { userId_type: { userId: user.id, type } } })
    const next = {
      inApp: input.inApp ?? current?.inApp ?? defaults.inApp,
      email: input.email ?? current?.email ?? defaults.email,
      sms: input.sms ?? current?.sms ?? defaults.sms,
    }
    return tx.notificationPreference.upsert({
      where: { userId_type: { userId: user.id, type } },
      create: { userId: user.id, type, ...next },
      update: next,
      select: { inApp: true, email: true, sms: true },
    })
  })
  return { type, ...saved, locked: false, defaults }
}
