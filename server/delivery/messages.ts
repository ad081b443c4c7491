import { formatDate } from '../../src/domain/display/format'
import type { DeliveryWhat } from '../../contract/delivery'
import { markLine, type DeliveryContent, type SentFigure } from './content'
import { say } from './words'

/** 企业微信's limit on a markdown message's content, in UTF-8 bytes. */
const WECOM_MAX_BYTES = 4096
/** 钉钉's limit on a message, in bytes (its robots refuse a longer one). */
const DINGTALK_MAX_BYTES = 20_000

const bytes = (text: string) => Buffer.byteLength(text, 'utf8')

// A source that is an address becomes a link; ')' would end the link early, so it is escaped.
const sourceOf = (source: string) =>
  /^https?:\/\//.test(source)
    ? `[${say('delivery.message.source')}](${source.replace(/\)/g, '%29').replace(/\s/g, '%20')})`
    : `${say('delivery.message.source')}：${source}`

const figureLine = (f: SentFigure, markdown: boolean) =>
  `- ${say('delivery.message.figure', { indicator: f.indicator, value: f.value, period: f.period })}` +
  (markdown ? ` ${sourceOf(f.source)}` : `（${say('delivery.message.source')}：${f.source}）`)

/** The message's title: the region's headline figures, and the day. */
const titleOf = (content: DeliveryContent) =>
  say('delivery.message.title', { region: content.region, date: formatDate(content.day, 'zh') })

/** The lines of a message, in markdown or plain text: mark, figures, warnings, link. */
function lines(content: DeliveryContent, what: DeliveryWhat, markdown: boolean): string[] {
  const strong = (t: string) => (markdown ? `**${t}**` : t)
  const out = [strong(titleOf(content)), markdown ? `> ${markLine(content)}` : markLine(content)]
  if (what.figures && content.figures.length) {
    out.push('', strong(say('delivery.message.figures')), ...content.figures.map((f) => figureLine(f, markdown)))
  }
  if (what.warnings) {
    out.push('', strong(say('watch.title')))
    out.push(...(content.warnings.length ? content.warnings.map((w) => `- ${w}`) : [say('watch.none')]))
  }
  if (what.link && content.link) {
    const label = say('delivery.message.link')
    out.push('', markdown ? `[${label}](${content.link})` : `${label}：${content.link}`)
  }
  return out
}

/**
 * Lines joined and cut to `max` bytes: whole lines are left out from the end of the body (the title,
 * the mark and the link stay), and a line says that the rest is on the dashboard.
 */
function fitted(all: readonly string[], max: number): string {
  const text = all.join('\n')
  if (bytes(text) <= max) return text
  const head = all.slice(0, 2)
  const tail = all.at(-1)?.startsWith('[') ? [all.at(-1) ?? ''] : []
  const body = all.slice(2, all.length - tail.length)
  const cut = say('delivery.message.cut')
  while (body.length && bytes([...head, ...body, cut, ...tail].join('\n')) > max) body.pop()
  return [...head, ...body, cut, ...tail].join('\n')
}

/** 企业微信 group robot: a markdown message (its documented `msgtype: markdown`). */
export function wecomPayload(content: DeliveryContent, what: DeliveryWhat) {
  return { msgtype: 'markdown', markdown: { content: fitted(lines(content, what, true), WECOM_MAX_BYTES) } }
}

/** 钉钉 group robot: a markdown message with its title (shown in the chat list). */
export function dingtalkPayload(content: DeliveryContent, what: DeliveryWhat) {
  return {
    msgtype: 'markdown',
    markdown: { title: titleOf(content), text: fitted(lines(content, what, true), DINGTALK_MAX_BYTES) },
  }
}

/** An e-mail's subject and plain text. */
export function mailText(content: DeliveryContent, what: DeliveryWhat): { subject: string; text: string } {
  return {
    subject: `【${say('delivery.message.internal')}】${titleOf(content)}`,
    text: lines(content, what, false).join('\n'),
  }
}
