import { createTransport } from 'nodemailer'
import type { StoredTarget } from './store'
import { SendFailed } from './robots'

type EmailTarget = Extract<StoredTarget, { kind: 'email' }>

interface Mail {
  readonly subject: string
  readonly text: string
  readonly attachments: readonly {
    readonly filename: string
    readonly content: Uint8Array
    readonly contentType: string
  }[]
}

/**
 * Sends one mail over SMTP: TLS from the start when `secure` (port 465), else STARTTLS when the server
 * offers it. The transport is made for the send and closed after it; nodemailer's own logging stays
 * off (it would print the AUTH exchange).
 */
export async function sendMail(target: EmailTarget, mail: Mail, timeoutMs: number): Promise<void> {
  const transport = createTransport({
    host: target.host,
    port: target.port,
    secure: target.secure,
    auth: target.user ? { user: target.user, pass: target.password } : undefined,
    connectionTimeout: timeoutMs,
    greetingTimeout: timeoutMs,
    socketTimeout: timeoutMs,
    logger: false,
    debug: false,
  })
  try {
    await transport.sendMail({
      from: target.from,
      to: [...target.to],
      subject: mail.subject,
      text: mail.text,
      attachments: mail.attachments.map((a) => ({ ...a, content: Buffer.from(a.content) })),
    })
  } catch (e) {
    const { code, responseCode } = e as { code?: unknown; responseCode?: unknown }
    throw new SendFailed(
      typeof responseCode === 'number' ? `SMTP ${responseCode}` : typeof code === 'string' ? code : 'SMTP error',
    )
  } finally {
    transport.close()
  }
}
