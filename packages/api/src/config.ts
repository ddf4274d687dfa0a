import path from 'node:path'
import { z } from 'zod'
import type { GatewayCredentials } from './payments/gateways/defaults.js'
import { readMomoConfig } from './payments/gateways/momo.js'
import { readVnpayConfig } from './payments/gateways/vnpay.js'

const ZApiEnv = z.object({
  /** public URL of the patient app, for links in emails */
  APP_URL: z.string().url().default('http://localhost:3000'),
  /** public URL of the hospital portal */
  PORTAL_URL: z.string().url().optional(),
  /** smtp://user:pass@host:port or smtps://…; unset: messages go to the local outbox */
  SMTP_URL: z.string().optional(),
  MAIL_FROM: z.string().default('MedBook <no-reply@medbook.vn>'),
  MAIL_OUTBOX_DIR: z.string().optional(),
  /** where private uploads (verification documents) are kept; never served as static files */
  PRIVATE_FILES_DIR: z.string().optional(),
  /** where public uploads (profile pictures, hospital images) are kept and served under /uploads/ */
  UPLOADS_DIR: z.string().optional(),
  /** "auto": Secure cookies when the request arrived over HTTPS */
  COOKIE_SECURE: z.enum(['auto', 'true', 'false']).default('auto'),
  /** extra origins allowed to send cookie-authenticated mutations, comma-separated */
  ALLOWED_ORIGINS: z.string().default(''),
  /** an SMS gateway's webhook for one-time codes sent to phone numbers; unset: the outbox */
  SMS_WEBHOOK_URL: z.string().url().optional(),
  RATE_LIMIT_STORE: z.enum(['memory', 'postgres', 'redis']).default('memory'),
  REDIS_URL: z.string().optional(),
})

export interface ApiConfig {
  appUrl: string
  portalUrl: string
  smtpUrl: string | null
  mailFrom: string
  outboxDir: string
  /** private uploads (verification documents), outside the public /uploads folder */
  privateFilesDir: string
  /** public uploads, served under /uploads/ */
  uploadsDir: string
  smsWebhookUrl: string | null
  cookieSecure: 'auto' | 'always' | 'never'
  allowedOrigins: string[]
  rateLimitStore: 'memory' | 'postgres' | 'redis'
  redisUrl: string | null
  /** APP_URL was set: gateways send payers back and post IPNs there (else to the server's own address) */
  appUrlConfigured: boolean
  /** VNPAY_* / MOMO_*: real gateways; unset, the server's own sandbox plays them */
  gateways: GatewayCredentials
}

export function readApiConfig(
  source: NodeJS.ProcessEnv = process.env,
  defaults: { outboxDir: string; privateFilesDir?: string; uploadsDir?: string },
): ApiConfig {
  const clean = Object.fromEntries(Object.keys(ZApiEnv.shape).map((key) => [key, source[key] || undefined]))
  const parsed = ZApiEnv.safeParse(clean)
  if (!parsed.success) throw new Error(`Invalid API environment: ${z.prettifyError(parsed.error)}`)
  const env = parsed.data
  if (env.RATE_LIMIT_STORE === 'redis' && !env.REDIS_URL) throw new Error('RATE_LIMIT_STORE=redis needs REDIS_URL')
  const appUrl = env.APP_URL.replace(/\/$/, '')
  return {
    appUrl,
    portalUrl: (env.PORTAL_URL ?? `${appUrl}/portal`).replace(/\/$/, ''),
    smtpUrl: env.SMTP_URL ?? null,
    mailFrom: env.MAIL_FROM,
    outboxDir: env.MAIL_OUTBOX_DIR ?? defaults.outboxDir,
    privateFilesDir:
      env.PRIVATE_FILES_DIR ?? defaults.privateFilesDir ?? path.join(path.dirname(defaults.outboxDir), 'private'),
    uploadsDir: env.UPLOADS_DIR ?? defaults.uploadsDir ?? path.join(path.dirname(defaults.outboxDir), 'uploads'),
    smsWebhookUrl: env.SMS_WEBHOOK_URL ?? null,
    cookieSecure: env.COOKIE_SECURE === 'true' ? 'always' : env.COOKIE_SECURE === 'false' ? 'never' : 'auto',
    allowedOrigins: env.ALLOWED_ORIGINS.split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    rateLimitStore: env.RATE_LIMIT_STORE,
    redisUrl: env.REDIS_URL ?? null,
    appUrlConfigured: Boolean(source.APP_URL),
    gateways: { vnpay: readVnpayConfig(source), momo: readMomoConfig(source) },
  }
}
