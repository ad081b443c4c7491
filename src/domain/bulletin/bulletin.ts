import type { Problem } from '../problem'
import { formatPeriod, parsePeriod } from '../period'
import { byCodeUnits } from '../order'

/** A figure a bulletin item cites, to be checked against the dataset. */
export interface CitedFigure {
  readonly region: string
  readonly periodKey: string
  readonly indicator: string
  readonly value: number
}

/** A growth claim ("较3年前均实现翻番"): every figure cited for `periodKey` is about `multiple`× its `basePeriodKey` value. */
export interface GrowthClaim {
  readonly region: string
  readonly periodKey: string
  readonly basePeriodKey: string
  readonly multiple: number
  readonly text: string
  /** The one indicator the claim is about ("专利授权量同比增长12%"); absent: every figure cited for the period. */
  readonly indicator?: string
}

/** A place a bulletin says a region holds among its province's cities ("居全省第6位"). */
export interface CitedRank {
  readonly region: string
  readonly periodKey: string
  readonly indicator: string
  readonly rank: number
  readonly text: string
}

export interface BulletinItem {
  readonly date: string
  readonly title: string
  readonly titleEn: string
  readonly summary: string
  readonly summaryEn: string
  readonly figures: readonly CitedFigure[]
  readonly claims: readonly GrowthClaim[]
  readonly ranks?: readonly CitedRank[]
}

export interface Bulletin {
  readonly id: string
  readonly issue: string
  readonly issueEn: string
  readonly date: string
  readonly published: string
  readonly title: string
  readonly titleEn: string
  readonly publisher: string
  readonly publisherEn: string
  readonly region: string
  readonly source: string
  readonly intro: string
  readonly introEn: string
  /** `office`: the items are the office's own text, kept whole; otherwise summaries in our words. */
  readonly wording?: 'summary' | 'office'
  readonly items: readonly BulletinItem[]
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/

/** A real calendar date in YYYY-MM-DD (no 2023-02-30). */
export function isIsoDate(text: string): boolean {
  const m = DATE.exec(text)
  if (!m) return false
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const date = new Date(Date.UTC(y, mo - 1, d))
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d
}
const ITEM = /^##\s+(\d{4}-\d{2}-\d{2})\s+(.+)$/

interface Prose {
  zh: string[]
  en: string[]
}

function addProse(p: Prose, line: string) {
  if (line.startsWith('en:')) p.en.push(line.slice(3).trim())
  else p.zh.push(line)
}

const joinProse = (lines: string[]) => lines.join('\n').trim()

const fieldsOf = (line: string, key: string) =>
  line
    .slice(key.length)
    .split('|')
    .map((s) => s.trim())

/**
 * Reads a bulletin file: front matter between `---` lines, an introduction, then items headed
 * `## YYYY-MM-DD title`, each with paragraphs (`en:` marks the English one), `title_en:`,
 * `figure: region | period | indicator | value`, `claim: region | period | base period | multiple | words`
 * (and optionally `| indicator`) and `rank: region | period | indicator | place | words`.
 * A line starting with `\` is prose as it stands after the backslash. Everything stays plain text: nothing in a bulletin is ever rendered as HTML.
 */
export function parseBulletin(text: string, file: string): { bulletin?: Bulletin; problems: Problem[] } {
  const problems: Problem[] = []
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/)
  const fail = (row: number, reason: string) =>
    problems.push({ severity: 'error', code: 'badBulletin', file, row, params: { reason } })
  if (lines[0]?.trim() !== '---') {
    fail(1, 'front matter must start with ---')
    return { problems }
  }
  const meta = new Map<string, string>()
  let i = 1
  for (; i < lines.length && lines[i]?.trim() !== '---'; i++) {
    const line = lines[i] ?? ''
    const m = /^([a-z_]+):\s*(.*)$/.exec(line)
    if (m) meta.set(m[1] as string, (m[2] as string).trim())
    else if (line.trim()) fail(i + 1, `not a "key: value" line`)
  }
  if (i >= lines.length) {
    fail(1, 'front matter is not closed with ---')
    return { problems }
  }
  for (const key of ['id', 'issue', 'date', 'title', 'source']) {
    if (!meta.get(key)) fail(1, `front matter lacks ${key}`)
  }
  const date = meta.get('date') ?? ''
  if (date && !isIsoDate(date)) fail(1, `date must be a real YYYY-MM-DD date, not ${date}`)

  const intro: Prose = { zh: [], en: [] }
  const items: BulletinItem[] = []
  let current: {
    date: string
    title: string
    titleEn: string
    prose: Prose
    figures: CitedFigure[]
    claims: GrowthClaim[]
    ranks: CitedRank[]
  } | null = null
  const finish = () => {
    if (!current) return
    items.push({
      date: current.date,
      title: current.title,
      titleEn: current.titleEn,
      summary: joinProse(current.prose.zh),
      summaryEn: joinProse(current.prose.en),
      figures: current.figures,
      claims: current.claims,
      ...(current.ranks.length ? { ranks: current.ranks } : {}),
    })
  }
  for (i = i + 1; i < lines.length; i++) {
    const row = i + 1
    const line = (lines[i] ?? '').trim()
    if (!line) continue
    // A backslash keeps an office's line that would read as a keyword ("#…", "figure:…") as prose.
    if (line.startsWith('\\')) {
      ;(current?.prose ?? intro).zh.push(line.slice(1))
      continue
    }
    const head = ITEM.exec(line)
    if (head) {
      if (!isIsoDate(head[1] as string)) fail(row, `${head[1]} is not a calendar date`)
      finish()
      current = {
        date: head[1] as string,
        title: (head[2] as string).trim(),
        titleEn: '',
        prose: { zh: [], en: [] },
        figures: [],
        claims: [],
        ranks: [],
      }
      continue
    }
    if (line.startsWith('#')) {
      fail(row, 'an item heading must be "## YYYY-MM-DD title"')
      continue
    }
    if (!current) {
      addProse(intro, line)
      continue
    }
    if (line.startsWith('title_en:')) {
      current.titleEn = line.slice('title_en:'.length).trim()
    } else if (line.startsWith('figure:')) {
      const parts = fieldsOf(line, 'figure:')
      const period = parsePeriod(parts[1] ?? '')
      const value = Number(parts[3])
      if (parts.length !== 4 || !period || !Number.isFinite(value) || !parts[0] || !parts[2]) {
        fail(row, 'a figure line is "figure: region | period | indicator | value"')
      } else {
        current.figures.push({ region: parts[0], periodKey: formatPeriod(period), indicator: parts[2], value })
      }
    } else if (line.startsWith('claim:')) {
      const parts = fieldsOf(line, 'claim:')
      const period = parsePeriod(parts[1] ?? '')
      const base = parsePeriod(parts[2] ?? '')
      const multiple = Number(parts[3])
      if ((parts.length !== 5 && parts.length !== 6) || !period || !base || !(multiple > 0) || !parts[0]) {
        fail(row, 'a claim line is "claim: region | period | base period | multiple | words [| indicator]"')
      } else {
        current.claims.push({
          region: parts[0],
          periodKey: formatPeriod(period),
          basePeriodKey: formatPeriod(base),
          multiple,
          text: parts[4] ?? '',
          ...(parts[5] ? { indicator: parts[5] } : {}),
        })
      }
    } else if (line.startsWith('rank:')) {
      const parts = fieldsOf(line, 'rank:')
      const period = parsePeriod(parts[1] ?? '')
      const rank = Number(parts[3])
      if (parts.length !== 5 || !period || !Number.isInteger(rank) || rank < 1 || !parts[0] || !parts[2]) {
        fail(row, 'a rank line is "rank: region | period | indicator | place | words"')
      } else {
        current.ranks.push({
          region: parts[0],
          periodKey: formatPeriod(period),
          indicator: parts[2],
          rank,
          text: parts[4] ?? '',
        })
      }
    } else {
      addProse(current.prose, line)
    }
  }
  finish()
  if (problems.length > 0) return { problems }
  return {
    problems,
    bulletin: {
      id: meta.get('id') ?? '',
      issue: meta.get('issue') ?? '',
      issueEn: meta.get('issue_en') ?? meta.get('issue') ?? '',
      date,
      published: meta.get('published') ?? date,
      title: meta.get('title') ?? '',
      titleEn: meta.get('title_en') ?? meta.get('title') ?? '',
      publisher: meta.get('publisher') ?? '',
      publisherEn: meta.get('publisher_en') ?? meta.get('publisher') ?? '',
      region: meta.get('region') ?? '',
      source: meta.get('source') ?? '',
      intro: joinProse(intro.zh),
      introEn: joinProse(intro.en),
      ...(meta.get('wording') === 'office' ? { wording: 'office' as const } : {}),
      items: [...items].sort((a, b) => byCodeUnits(a.date, b.date)),
    },
  }
}
