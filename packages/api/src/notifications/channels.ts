import { NOTIFICATION_CHANNEL_DEFAULTS, type TNotificationChannels, type TNotificationType } from '@medbook/contracts'
import type { Prisma, PrismaClient } from '@medbook/db'
import type { OutgoingMail } from '../mail/mailer.js'
import type { Services } from '../services.js'

type Db = PrismaClient | Prisma.TransactionClient

/** The channels a user gets a type on: their choice, else the type's default. */
export async function channelsFor(db: Db, userId: string, type: TNotificationType): Promise<TNotificationChannels> {
  const chosen = await db.notificationPreference.findUnique({
    where: { userId_type: { userId, type } },
    select: { inApp: true, email: true, sms: true },
  })
  return chosen ?? NOTIFICATION_CHANNEL_DEFAULTS[type]
}

export interface OutgoingNotice {
  recipient: { id: string; email: string | null; phoneNumber: string | null }
  type: TNotificationType
  mail: (to: string) => OutgoingMail
  sms: string
}

const SMS_LENGTH = 320

/**
 * Sends a notification over the channels its recipient keeps on for its type (every delivery
 * path goes through here) and answers the deliveryStatus to record: "delivered" when nothing
 * leaves MedBook (in-app only, or no address), "sent" when an email or SMS went out, "failed"
 * when one could not. `retryable`: a failed email throws so the job queue tries again; it goes
 * first, so a retry never repeats a text message that already went out.
 */
export async function sendNotice(
  db: Db,
  services: Services,
  notice: OutgoingNotice,
  options: { retryable: boolean },
): Promise<'sent' | 'delivered' | 'failed'> {
  const channels = await channelsFor(db, notice.recipient.id, notice.type)
  const email = channels.email ? notice.recipient.email : null
  const phone = channels.sms ? notice.recipient.phoneNumber : null
  if (!email && !phone) return 'delivered'
  let failed = false
  if (email) {
    const failure = await services.mailer.send(notice.mail(email)).then(
      () => null,
      (error: unknown) => error,
    )
    if (failure && options.retryable) throw failure
    failed ||= failure !== null
  }
  if (phone) {
    const text = notice.sms.length > SMS_LENGTH ? `${notice.sms.slice(0, SMS_LENGTH - 1)}…` : notice.sms
    failed ||= await services.sms.send(phone, text).then(
      () => false,
      () => true,
    )
  }
  return failed ? 'failed' : 'sent'
}
