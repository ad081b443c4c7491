import type { Bulletin, BulletinItem } from './bulletin'

// Lines the bulletin format would read as something other than prose.
const KEYWORD = /^(?:#|\\|en:|title_en:|figure:|claim:|rank:)/

/** One value of a front-matter or figure line: on one line, without the field separator. */
const field = (text: string) =>
  text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .replace(/\|/g, '｜')
    .trim()

function prose(text: string, en: string): string[] {
  const out = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean)
    .map((l) => (KEYWORD.test(l) ? `\\${l}` : l))
  if (en.trim()) out.push(`en: ${field(en)}`)
  return out
}

function itemLines(item: BulletinItem): string[] {
  const lines = [`## ${item.date} ${field(item.title)}`]
  if (item.titleEn) lines.push(`title_en: ${field(item.titleEn)}`)
  lines.push('', ...prose(item.summary, item.summaryEn), '')
  for (const f of item.figures)
    lines.push(`figure: ${[f.region, f.periodKey, f.indicator, String(f.value)].map(field).join(' | ')}`)
  for (const c of item.claims) {
    const parts = [c.region, c.periodKey, c.basePeriodKey, String(c.multiple), c.text]
    if (c.indicator) parts.push(c.indicator)
    lines.push(`claim: ${parts.map(field).join(' | ')}`)
  }
  for (const r of item.ranks ?? [])
    lines.push(`rank: ${[r.region, r.periodKey, r.indicator, String(r.rank), r.text].map(field).join(' | ')}`)
  return lines
}

/** A bulletin in the project's markdown form (`data/bulletins/*.md`), read back by parseBulletin as it is. */
export function bulletinMarkdown(b: Bulletin): string {
  const meta: [string, string][] = [
    ['id', b.id],
    ['issue', b.issue],
    ['issue_en', b.issueEn === b.issue ? '' : b.issueEn],
    ['date', b.date],
    ['published', b.published === b.date ? '' : b.published],
    ['title', b.title],
    ['title_en', b.titleEn === b.title ? '' : b.titleEn],
    ['publisher', b.publisher],
    ['publisher_en', b.publisherEn === b.publisher ? '' : b.publisherEn],
    ['region', b.region],
    ['source', b.source],
    ['wording', b.wording ?? ''],
  ]
  const lines = ['---', ...meta.filter(([, v]) => v.trim()).map(([k, v]) => `${k}: ${field(v)}`), '---', '']
  const intro = prose(b.intro, b.introEn)
  if (intro.length) lines.push(...intro, '')
  for (const item of b.items) lines.push(...itemLines(item))
  return (
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  )
}

/** The file a bulletin is kept in, by its id (an issue replaces the file it was first kept in). */
export const bulletinFileName = (b: Pick<Bulletin, 'id'>) => `bulletins/${b.id.replace(/[^\w-]+/g, '-')}.md`
