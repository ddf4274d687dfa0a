import type { AddressInfo } from 'node:net'
import { type ParsedMail, simpleParser } from 'mailparser'
import { SMTPServer } from 'smtp-server'

export interface CapturedMail {
  to: string
  subject: string
  text: string
  /** the HTML alternative as sent, '' when the message had none */
  html: string
}

/** A real SMTP server in this process: the app sends through nodemailer, tests read what arrived. */
export async function startSmtpCapture() {
  const inbox: CapturedMail[] = []
  const waiters: Array<() => void> = []
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail: ParsedMail) => {
          const to = Array.isArray(mail.to) ? mail.to[0]?.text : mail.to?.text
          inbox.push({
            to: to ?? '',
            subject: mail.subject ?? '',
            text: mail.text ?? '',
            html: typeof mail.html === 'string' ? mail.html : '',
          })
          for (const wake of waiters.splice(0)) wake()
          callback()
        })
        .catch(callback)
    },
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.server.address() as AddressInfo
  return {
    url: `smtp://127.0.0.1:${port}`,
    inbox,
    /** the newest message to `to`, waiting up to `waitMs` for it to arrive */
    async lastMailTo(to: string, waitMs = 10_000): Promise<CapturedMail> {
      const deadline = Date.now() + waitMs
      for (;;) {
        const found = inbox.filter((mail) => mail.to.includes(to)).at(-1)
        if (found) return found
        if (Date.now() > deadline) throw new Error(`no mail to ${to}`)
        await new Promise<void>((resolve) => {
          waiters.push(resolve)
          setTimeout(resolve, 200)
        })
      }
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export function codeIn(mail: CapturedMail): string {
  const match = mail.text.match(/\b(\d{6})\b/)
  if (!match?.[1]) throw new Error(`no six-digit code in: ${mail.text}`)
  return match[1]
}

export function linkIn(mail: CapturedMail, path: string): URL {
  const match = mail.text.match(new RegExp(`https?://\\S+${path}\\?token=[a-z0-9]+`))
  if (!match) throw new Error(`no ${path} link in: ${mail.text}`)
  return new URL(match[0])
}
