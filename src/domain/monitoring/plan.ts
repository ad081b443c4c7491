import type { Catalogue } from '../catalogue'
import type { Problem } from '../problem'

/** One target of a plan: the measure it is judged by, and where its goal figures are kept. */
export interface PlanItem {
  /** The indicator whose actual figures measure progress. */
  readonly indicator: string
  /** The indicator whose target row is the goal (or a range's lower bound): the measure itself unless given. */
  readonly floor: string
  /** A range's upper bound, kept as its own target row. */
  readonly ceiling?: string
  /** "N or more" (以上): met by anything at or above the goal. */
  readonly atLeast: boolean
  /** Counted cumulatively from a start the plan does not state. */
  readonly cumulative: boolean
}

interface PlanGroup {
  readonly nameZh: string
  readonly nameEn: string
  readonly items: readonly PlanItem[]
}

/** A government plan's targets as it groups them, and the time it runs over (ISO days). */
export interface Plan {
  readonly titleZh: string
  readonly titleEn: string
  readonly from: string
  readonly to: string
  readonly source: string
  readonly groups: readonly PlanGroup[]
}

/** The manifest's `plan` field as written (see the README's Data section). */
export interface PlanFields {
  readonly title_zh?: string
  readonly title_en?: string
  readonly from?: string
  readonly to?: string
  readonly source?: string
  readonly groups?: readonly PlanGroupFields[]
}

interface PlanGroupFields {
  readonly name_zh?: string
  readonly name_en?: string
  readonly targets?: readonly PlanItemFields[]
}

interface PlanItemFields {
  readonly indicator?: string
  readonly floor?: string
  readonly ceiling?: string
  readonly at_least?: boolean
  readonly cumulative?: boolean
}

const FILE = 'manifest.json'
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/
const text = (v: unknown) => (typeof v === 'string' ? v : '')

/** Milliseconds (UTC) at the start of an ISO day; NaN for anything else. */
export function dayTime(iso: string): number {
  if (!ISO_DAY.test(iso)) return Number.NaN
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  const time = Date.UTC(y, m - 1, d)
  return new Date(time).getUTCDate() === d ? time : Number.NaN
}

/**
 * Reads the manifest's plan: its dates must be days and its indicators known to the catalogue;
 * a target naming an unknown indicator is left out with a problem, a plan without valid dates is none.
 */
export function readPlan(fields: PlanFields | undefined, catalogue: Catalogue): { plan?: Plan; problems: Problem[] } {
  const problems: Problem[] = []
  if (fields === undefined) return { problems }
  const from = text(fields.from)
  const to = text(fields.to)
  if (!(dayTime(from) < dayTime(to))) {
    problems.push({ severity: 'warning', code: 'badPlan', file: FILE, params: { value: `${from} – ${to}` } })
    return { problems }
  }
  const known = (id: string) => {
    if (catalogue.indicator(id)) return true
    problems.push({ severity: 'warning', code: 'unknownIndicator', file: FILE, params: { value: id } })
    return false
  }
  const groups = (Array.isArray(fields.groups) ? fields.groups : []).map((g: PlanGroupFields) => ({
    nameZh: text(g.name_zh),
    nameEn: text(g.name_en) || text(g.name_zh),
    items: (Array.isArray(g.targets) ? g.targets : []).flatMap((item: PlanItemFields) => {
      const indicator = text(item.indicator)
      const floor = text(item.floor) || indicator
      const ceiling = text(item.ceiling)
      if (![indicator, floor, ...(ceiling ? [ceiling] : [])].every(known)) return []
      return [
        {
          indicator,
          floor,
          ...(ceiling ? { ceiling } : {}),
          atLeast: item.at_least === true,
          cumulative: item.cumulative === true,
        },
      ]
    }),
  }))
  return {
    plan: {
      titleZh: text(fields.title_zh),
      titleEn: text(fields.title_en) || text(fields.title_zh),
      from,
      to,
      source: text(fields.source),
      groups,
    },
    problems,
  }
}
