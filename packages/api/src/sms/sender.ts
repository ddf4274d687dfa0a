import { appendFileSync, mkdirSync } from 'node:fs'
import path from 'node:path'

export interface SmsSender {
  send(to: string, text: string): Promise<void>
}

/**
 * Text messages go to an SMS gateway's webhook when SMS_WEBHOOK_URL is set (it receives
 * {"to","text"} as JSON); otherwise they are appended to sms.log in the outbox folder.
 */
export function createSmsSender(options: { webhookUrl: string | null; outboxDir: string }): SmsSender {
  if (options.webhookUrl) {
    const url = options.webhookUrl
    return {
      async send(to, text) {
        const response = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ to, text }),
        })
        if (!response.ok) throw new Error(`SMS gateway answered ${response.status}`)
      },
    }
  }
  return {
    async send(to, text) {
      mkdirSync(options.outboxDir, { recursive: true })
      appendFileSync(path.join(options.outboxDir, 'sms.log'), `${new Date().toISOString()}\t${to}\t${text}\n`)
    },
  }
}
