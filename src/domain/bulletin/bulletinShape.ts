/** What a bulletin file reads into: its head, items and what they cite. */

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
