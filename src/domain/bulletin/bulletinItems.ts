import type { BulletinItem, FailAt } from './bulletinShape'
import { isIsoDate } from './isoDate'
import { readDirective, type ItemDirectives } from './itemDirectives'

const ITEM = /^##\s+(\d{4}-\d{2}-\d{2})\s+(.+)$/

interface Prose {
  readonly zh: string[]
  readonly en: string[]
}

function addProse(p: Prose, line: string) {
  if (line.startsWith('en:')) p.en.push(line.slice(3).trim())
  else p.zh.push(line)
}

const joinProse = (lines: readonly string[]) => lines.join('\n').trim()

interface OpenItem extends ItemDirectives {
  readonly date: string
  readonly title: string
  readonly prose: Prose
}

const openItem = (date: string, title: string): OpenItem => ({
  date,
  title,
  titleEn: '',
  prose: { zh: [], en: [] },
  figures: [],
  claims: [],
  ranks: [],
})

const closeItem = (item: OpenItem): BulletinItem => ({
  date: item.date,
  title: item.title,
  titleEn: item.titleEn,
  summary: joinProse(item.prose.zh),
  summaryEn: joinProse(item.prose.en),
  figures: item.figures,
  claims: item.claims,
  ...(item.ranks.length ? { ranks: item.ranks } : {}),
})

/**
 * Reads the body from line index `from`: the introduction's prose, then items headed
 * `## YYYY-MM-DD title`, in the file's order.
 */
export function readItems(
  lines: readonly string[],
  from: number,
  fail: FailAt,
): { intro: string; introEn: string; items: BulletinItem[] } {
  const intro: Prose = { zh: [], en: [] }
  const items: BulletinItem[] = []
  let current: OpenItem | null = null
  for (let i = from; i < lines.length; i++) {
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
      if (current) items.push(closeItem(current))
      current = openItem(head[1] as string, (head[2] as string).trim())
    } else if (line.startsWith('#')) fail(row, 'an item heading must be "## YYYY-MM-DD title"')
    else if (!current) addProse(intro, line)
    else if (!readDirective(line, row, current, fail)) addProse(current.prose, line)
  }
  if (current) items.push(closeItem(current))
  return { intro: joinProse(intro.zh), introEn: joinProse(intro.en), items }
}
