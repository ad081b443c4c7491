import type { Problem } from '../problem'
import { bulletinHead, readFrontMatter } from './frontMatter'
import { readItems } from './bulletinItems'
import { byCodeUnits } from '../order'
import type { Bulletin, FailAt } from './bulletinShape'

export type { Bulletin, BulletinItem, CitedFigure, CitedRank, GrowthClaim } from './bulletinShape'

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
