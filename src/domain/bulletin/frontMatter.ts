import type { Bulletin, FailAt } from './bulletinShape'
import { isIsoDate } from './isoDate'

/** The bulletin's fields that its front matter gives. */
export type BulletinHead = Omit<Bulletin, 'intro' | 'introEn' | 'items'>

/**
 * Reads the `key: value` lines between the first two `---` lines, checks the keys every bulletin needs,
 * and tells the line after the closing `---`; nothing when there is no front matter to read.
 */
export function readFrontMatter(
  lines: readonly string[],
  fail: FailAt,
): { meta: ReadonlyMap<string, string>; next: number } | undefined {
  if (lines[0]?.trim() !== '---') {
    fail(1, 'front matter must start with ---')
    return undefined
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
    return undefined
  }
  for (const key of ['id', 'issue', 'date', 'title', 'source']) {
    if (!meta.get(key)) fail(1, `front matter lacks ${key}`)
  }
  const date = meta.get('date') ?? ''
  if (date && !isIsoDate(date)) fail(1, `date must be a real YYYY-MM-DD date, not ${date}`)
  return { meta, next: i + 1 }
}

/** The front matter's fields, an English one falling back to its Chinese one. */
export function bulletinHead(meta: ReadonlyMap<string, string>): BulletinHead {
  const date = meta.get('date') ?? ''
  return {
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
    ...(meta.get('wording') === 'office' ? { wording: 'office' as const } : {}),
  }
}
