import type { DeliveryWhat } from '../../contract/delivery'
import type { DeliveryContent } from './content'
import { sendMail } from './mail'
import { dingtalkPayload, mailText, wecomPayload } from './messages'
import { postRobot, signedDingtalkUrl } from './robots'
import type { StoredTarget } from './store'

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

interface SendContext {
  readonly content: DeliveryContent
  readonly what: DeliveryWhat
  /** The Word brief, written once however many tries and mails need it. */
  readonly brief: () => Promise<{ readonly filename: string; readonly bytes: Uint8Array }>
  readonly now: number
  readonly timeoutMs: number
}

/** Sends one message to one destination as its kind documents it; throws SendFailed when it did not arrive. */
export async function sendTo(target: StoredTarget, c: SendContext): Promise<void> {
  switch (target.kind) {
    case 'wecom':
      return postRobot(target.webhook, wecomPayload(c.content, c.what), c.timeoutMs)
    case 'dingtalk':
      return postRobot(
        signedDingtalkUrl(target.webhook, target.secret, c.now),
        dingtalkPayload(c.content, c.what),
        c.timeoutMs,
      )
    case 'email': {
      const attachments = []
      if (c.what.brief) {
        const brief = await c.brief()
        attachments.push({ filename: brief.filename, content: brief.bytes, contentType: DOCX })
      }
      return sendMail(target, { ...mailText(c.content, c.what), attachments }, c.timeoutMs)
    }
  }
}

/** Every secret a target holds, to be sure none reaches a log or an answer. */
export function secretsOf(target: StoredTarget): string[] {
  switch (target.kind) {
    case 'wecom':
      return [target.webhook]
    case 'dingtalk':
      return [target.webhook, target.secret]
    case 'email':
      return [target.password]
  }
}
