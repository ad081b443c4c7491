import type { Problem } from '../problem'
import { bulletinHead, readFrontMatter } from './frontMatter'
import { readItems } from './bulletinItems'
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

/** Records a problem at a 1-based row of the file. */
export type FailAt = (row: number, reason: string) => void

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
  const fail: FailAt = (row, reason) =>
    problems.push({ severity: 'error', code: 'badBulletin', file, row, params: { reason } })
  const front = readFrontMatter(lines, fail)
  if (!front) return { problems }
  const body = readItems(lines, front.next, fail)
  if (problems.length > 0) return { problems }
  return {
    problems,
    bulletin: {
      ...bulletinHead(front.meta),
      intro: body.intro,
      introEn: body.introEn,
      items: [...body.items].sort((a, b) => byCodeUnits(a.date, b.date)),
    },
  }
}
