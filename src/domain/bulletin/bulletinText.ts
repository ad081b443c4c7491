import type { Bulletin, BulletinItem } from './bulletin'
import { isIsoDate } from './isoDate'
import { readProseFigures, smallNumber } from './bulletinFigures'
import type { Catalogue } from '../catalogue'

/** Why a text cannot be read as a bulletin, each with its message in both languages. */
export type BulletinTextFailure = 'empty' | 'markup' | 'noItems'

export type BulletinReading =
  { readonly ok: true; readonly bulletin: Bulletin } | { readonly ok: false; readonly failure: BulletinTextFailure }

export interface BulletinTextContext {
  readonly catalogue: Catalogue
  /** The dashboard's home region: the bulletin's when its issuer names none. */
  readonly homeRegion: string
}

const pad = (n: number) => String(n).padStart(2, '0')
const isoDate = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`

// Markup a web page's source would have: the analyst pasted the page's HTML, not its text.
const MARKUP = /<\/?[a-z][a-z0-9-]*(?:\s[^<>]*)?\/?>|<!--|&(?:lt|gt|amp|nbsp|quot|#\d+);/i
const SPACES = /^[\s\u00a0\u3000\ufeff]+|[\s\u00a0\u3000]+$/g
const ISSUE = /^(?:(\d{4})\s*年\s*)?第\s*([0-9一二两三四五六七八九十]+)\s*期$/
const PAGE_ISSUE = /(\d{4})\s*年?\s*简报\s*(?:第\s*)?(\d+)\s*期/
const ISSUER_DATE = /^(.*?)\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/
const PUBLISHED = /发布(?:时间|日期)\s*[:：]\s*(\d{4})\s*[-年./]\s*(\d{1,2})\s*[-月./]\s*(\d{1,2})/
const NOTE = /^编者按\s*[:：]\s*/
const DAY = /(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日/
// A paragraph ends a sentence; a heading (or an entry of the contents) does not.
const PROSE_END = /[。！？!?…；;：:]$/

const isHeadingLike = (line: string) => line.length <= 60 && !PROSE_END.test(line)

/** Characters that carry a heading's meaning: what the contents and the heading share. */
const meaning = (text: string) => text.replace(/[^\p{L}\p{N}]/gu, '')

function bigrams(text: string): Map<string, number> {
  const out = new Map<string, number>()
  for (let i = 0; i + 1 < text.length; i++) {
    const g = text.slice(i, i + 2)
    out.set(g, (out.get(g) ?? 0) + 1)
  }
  return out
}

/** How alike two headings are (Dice over character pairs, 0–1): the contents may shorten a heading. */
function headingLikeness(a: string, b: string): number {
  const x = bigrams(meaning(a))
  const y = bigrams(meaning(b))
  let shared = 0
  let total = 0
  for (const [g, n] of x) shared += Math.min(n, y.get(g) ?? 0)
  for (const n of x.values()) total += n
  for (const n of y.values()) total += n
  return total === 0 ? 0 : (2 * shared) / total
}

const ALIKE = 0.6

interface Header {
  issuer: string
  date: string
  published: string
  year: number | null
  number: number | null
  title: string
  note: string
  bodyStart: number
}

function readHeader(lines: readonly string[]): Header {
  const h: Header = { issuer: '', date: '', published: '', year: null, number: null, title: '', note: '', bodyStart: 0 }
  const firstProse = lines.findIndex((l) => !isHeadingLike(l) && !NOTE.test(l) && !PUBLISHED.test(l))
  const headEnd = firstProse < 0 ? lines.length : firstProse
  for (const [i, line] of lines.entries()) {
    const pub = PUBLISHED.exec(line)
    if (pub && !h.published && i < headEnd) {
      const date = isoDate(Number(pub[1]), Number(pub[2]), Number(pub[3]))
      if (isIsoDate(date)) h.published = date
      h.bodyStart = Math.max(h.bodyStart, i + 1)
    }
    if (i >= headEnd && !NOTE.test(line)) continue
    const issue = ISSUE.exec(line.replace(/\s+/g, ''))
    if (issue && h.number === null) {
      h.number = smallNumber(issue[2] ?? '')
      if (issue[1]) h.year = Number(issue[1])
      h.title = titleBefore(lines, i)
      h.bodyStart = Math.max(h.bodyStart, i + 1)
      continue
    }
    const dated = ISSUER_DATE.exec(line)
    if (dated && !h.date && (dated[1] ?? '').length <= 60) {
      const date = isoDate(Number(dated[2]), Number(dated[3]), Number(dated[4]))
      if (isIsoDate(date)) {
        h.date = date
        h.issuer = (dated[1] ?? '').trim()
        h.bodyStart = Math.max(h.bodyStart, i + 1)
      }
      continue
    }
    if (NOTE.test(line) && !h.note) {
      h.note = line.replace(NOTE, '')
      h.bodyStart = Math.max(h.bodyStart, i + 1)
    }
  }
  if (h.number === null) {
    const page = lines
      .slice(0, headEnd)
      .map((l) => PAGE_ISSUE.exec(l))
      .find(Boolean)
    if (page) {
      h.year = Number(page[1])
      h.number = Number(page[2])
    }
  }
  h.year ??= Number((h.date || h.published).slice(0, 4)) || null
  return h
}

/** The title over the issue number ("衡阳市知识产权" / "工 作 简 报"): the short lines right above it. */
function titleBefore(lines: readonly string[], issueLine: number): string {
  const parts: string[] = []
  for (let i = issueLine - 1; i >= 0 && parts.length < 3; i--) {
    const line = lines[i] ?? ''
    if (/[\d:：/|]/.test(line) || !isHeadingLike(line)) break
    parts.unshift(line.replace(/\s+/g, ''))
  }
  return parts.join('')
}

interface Section {
  readonly heading: string
  readonly lines: string[]
}

/**
 * Splits the body into items. A run of short lines with no sentence end at the top is the table of
 * contents when the headings further down match its entries; then only the runs that match an entry
 * are headings (a heading may be broken over lines), and the contents are not items of their own.
 */
function sections(body: readonly string[]): Section[] {
  const runs: { start: number; lines: string[] }[] = []
  for (const [i, line] of body.entries()) {
    if (!isHeadingLike(line)) continue
    const last = runs.at(-1)
    if (last && last.start + last.lines.length === i) last.lines.push(line)
    else runs.push({ start: i, lines: [line] })
  }
  const first = runs[0]
  let contents: string[] = []
  let headingRuns = runs
  if (first && first.start === 0 && first.lines.length > 1) {
    const later = runs.slice(1).map((r) => r.lines.join(''))
    const matchesLater = (entry: string) => later.some((h) => headingLikeness(entry, h) >= ALIKE)
    // The contents may run straight into the first heading: split where the rest is most like the first entry.
    let best = { k: 0, likeness: 0 }
    for (let k = 1; k < first.lines.length; k++) {
      const likeness = headingLikeness(first.lines[0] ?? '', first.lines.slice(k).join(''))
      if (likeness >= ALIKE && likeness >= best.likeness) best = { k, likeness }
    }
    if (best.k > 0) {
      contents = first.lines.slice(0, best.k)
      headingRuns = [{ start: first.start + best.k, lines: first.lines.slice(best.k) }, ...runs.slice(1)]
    } else if (first.lines.filter(matchesLater).length >= Math.max(2, first.lines.length / 2)) {
      contents = first.lines
      headingRuns = runs.slice(1)
    }
  }
  const isHeading = (run: { lines: string[] }) =>
    contents.length === 0 || contents.some((entry) => headingLikeness(entry, run.lines.join('')) >= ALIKE)
  const heads = headingRuns.filter(isHeading)
  const out: Section[] = []
  for (const [n, run] of heads.entries()) {
    const end = heads[n + 1]?.start ?? body.length
    out.push({ heading: run.lines.join(''), lines: body.slice(run.start + run.lines.length, end) })
  }
  const before = heads[0]?.start ?? body.length
  const opening = body.slice(contents.length, before).filter((l) => !contents.includes(l))
  // Prose with no heading at all is one item under the bulletin's title.
  if (out.length === 0 && opening.length > 0) return [{ heading: '', lines: opening }]
  return out
}

/** The day an item's text names first ("4月20日上午"), in the bulletin's year (the year before for a later month). */
function itemDate(text: string, bulletinDate: string, year: number | null): string {
  const m = DAY.exec(text)
  if (!m) return ''
  const month = Number(m[2])
  let y = m[1] ? Number(m[1]) : year
  if (y === null) return ''
  const bulletinMonth = Number(bulletinDate.slice(5, 7))
  if (!m[1] && bulletinDate && month > bulletinMonth + 1) y -= 1
  const date = isoDate(y, month, Number(m[3]))
  return isIsoDate(date) ? date : ''
}

/** Region slug for ids: "Hengyang" → "hengyang". */
const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/**
 * Reads a 工作简报 as published on the office's web page (or in a Word file's text): issuer, issue
 * number and year, date, title, editor's note and items, each dated from its text and with the figures,
 * places and growth claims its prose cites. The items' text stays the office's own, whole. A reading
 * may lack dates (empty strings) when the text names none: the preview asks for them.
 */
export function readBulletinText(raw: string, ctx: BulletinTextContext): BulletinReading {
  const text = raw.replace(/^\uFEFF/, '')
  if (!text.trim()) return { ok: false, failure: 'empty' }
  if (MARKUP.test(text)) return { ok: false, failure: 'markup' }
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((l) => l.replace(SPACES, ''))
    .filter((l) => l !== '')
  const h = readHeader(lines)
  const found = sections(lines.slice(h.bodyStart))
  if (found.length === 0) return { ok: false, failure: 'noItems' }
  const region = ctx.catalogue.regionsNamedIn(h.issuer)[0]?.name ?? ctx.homeRegion
  const date = h.date || h.published
  const year = h.year ?? (Number(/(\d{4})年/.exec(text)?.[1]) || new Date(0).getUTCFullYear())
  const month = date ? Number(date.slice(5, 7)) : 12
  const title = h.title || lines[0] || ''
  const items: BulletinItem[] = found.map((s) => {
    const body = s.lines.join('\n')
    const cited = readProseFigures(body, { catalogue: ctx.catalogue, region, year, month })
    return {
      date: itemDate(body, date, h.year) || itemDate(s.heading, date, h.year),
      title: s.heading || title,
      titleEn: '',
      summary: body,
      summaryEn: '',
      figures: cited.figures,
      claims: cited.claims,
      ...(cited.ranks.length ? { ranks: cited.ranks } : {}),
    }
  })
  const regionEn = ctx.catalogue.region(region)?.nameEn ?? ''
  const issueKey = h.number === null ? date : `${year}-${pad(h.number)}`
  return {
    ok: true,
    bulletin: {
      id: [slug(regionEn), issueKey].filter(Boolean).join('-'),
      issue: h.number === null ? '' : `${year}年第${h.number}期`,
      issueEn: h.number === null ? '' : `${year}, No. ${h.number}`,
      date: h.date,
      published: h.published || h.date,
      title,
      titleEn: '',
      publisher: h.issuer,
      publisherEn: '',
      region,
      source: '',
      intro: h.note,
      introEn: '',
      wording: 'office',
      items,
    },
  }
}
