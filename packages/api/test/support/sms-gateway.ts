import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface CapturedSms {
  to: string
  text: string
}

/**
 * A real SMS gateway webhook in this process (SMS_WEBHOOK_URL points at it): the app posts
 * {"to","text"} as it would to a provider, and tests read the messages a phone would receive.
 */
export async function startSmsGateway() {
  const received: CapturedSms[] = []
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as CapturedSms
      received.push({ to: body.to, text: body.text })
      res.writeHead(202, { 'content-type': 'application/json' }).end('{"queued":true}')
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/sms`,
    received,
    /** the newest message to `to` (E.164), waiting up to `waitMs` for one to arrive */
    async lastSmsTo(to: string, waitMs = 10_000): Promise<CapturedSms> {
      const deadline = Date.now() + waitMs
      for (;;) {
        const found = received.filter((sms) => sms.to === to).at(-1)
        if (found) return found
        if (Date.now() > deadline) throw new Error(`no SMS to ${to}`)
        await new Promise((resolve) => setTimeout(resolve, 100))
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export function smsCode(sms: CapturedSms): string {
  const match = sms.text.match(/\b(\d{6})\b/)
  if (!match?.[1]) throw new Error(`no six-digit code in: ${sms.text}`)
  return match[1]
}
