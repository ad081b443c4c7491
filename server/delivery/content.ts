import { createHash } from 'node:crypto'
import type { Published } from '../../src/domain/published'
import { formatDate, formatPeriodLabel, formatQuantity } from '../../src/domain/display/format'
import { headline } from '../../src/domain/narrative/headline'
import { monitorWarnings } from '../../src/domain/monitoring/warnings'
import { warningSentence } from '../../src/domain/monitoring/warningText'
import { targetGroups } from '../../src/domain/monitoring/target'
import { isoDay } from '../../src/domain/monitoring/cadence'
import { say } from './words'

const DAY = 86_400_000

/** One headline figure as sent: its indicator, value with unit, period and source, all from the data. */
export interface SentFigure {
  readonly indicator: string
  readonly value: string
  readonly period: string
  readonly source: string
}

/**
 * What a message says, before it is shaped for a robot or a mail: the version's headline figures,
 * the 监测预警 sentences and the link. `digest` covers all of it but the day it is sent, so the
 * same figures and warnings are never sent twice to one destination.
 */
export interface DeliveryContent {
  readonly version: number
  readonly region: string
  /** The day it is written, "2026-12-07" (in the server's time of UTC days, as the warnings are). */
  readonly day: string
  readonly figures: readonly SentFigure[]
  readonly warnings: readonly string[]
  readonly link: string
}

/** Start of the UTC day of `now`: what the warnings and the plan's pace are computed at, as the overview does. */
const dayOf = (now: number) => Math.floor(now / DAY) * DAY

/** The 监测预警 sentences of the home region at `now`, worded as the overview words them in Chinese. */
export function warningsOf(published: Published, now: number): string[] {
  const { dataset, settings, plan } = published
  const region = settings.homeRegion
  const today = dayOf(now)
  const targets = targetGroups(dataset, region, plan, today).flatMap((g) => g.targets)
  return monitorWarnings({
    dataset,
    region,
    indicators: settings.lead,
    rankIndicator: settings.rank,
    targets,
    today,
  }).map((w) => warningSentence(w, dataset.catalogue, 'zh', say))
}

/** The home region's headline figures: the manifest's lead indicators, each at its latest period. */
function figuresOf(published: Published): SentFigure[] {
  const { dataset, settings } = published
  return settings.lead.flatMap((id) => {
    const h = headline(dataset, settings.homeRegion, id)
    if (!h) return []
    const o = h.latest
    return [
      {
        indicator: h.indicator.nameZh,
        value: formatQuantity(o.value, o.unit, 'zh'),
        period: formatPeriodLabel(o.period, h.indicator.kind, 'zh'),
        source: o.source,
      },
    ]
  })
}

export function deliveryContent(
  published: Published,
  version: number,
  now: number,
  publicUrl: string,
): DeliveryContent {
  return {
    version,
    region: published.settings.homeRegion,
    day: isoDay(now),
    figures: figuresOf(published),
    warnings: warningsOf(published, now),
    link: publicUrl,
  }
}

/** A digest of what a destination is sent: its figures, warnings and link as chosen, not the day. */
export function digestOf(
  content: DeliveryContent,
  what: { figures: boolean; warnings: boolean; link: boolean; brief: boolean },
): string {
  const sent = {
    figures: what.figures ? content.figures : [],
    warnings: what.warnings ? content.warnings : [],
    link: what.link ? content.link : '',
    brief: what.brief,
  }
  return createHash('sha256').update(JSON.stringify(sent)).digest('hex')
}

/** The date line every message carries: 内部资料, the day, the version. */
export const markLine = (content: DeliveryContent) =>
  say('delivery.message.mark', { date: formatDate(content.day, 'zh'), version: content.version })
