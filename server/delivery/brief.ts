import { latestBulletin } from '../../src/domain/bulletin/bulletinTimeline'
import { formatDateTime } from '../../src/domain/display/format'
import { isoDay } from '../../src/domain/monitoring/cadence'
import { briefContent } from '../../src/domain/narrative/brief'
import { packBrief } from '../../src/domain/narrative/briefDocument'
import { narrativeFacts, writeNarrative, type NarrativePhrases } from '../../src/domain/narrative/narrative'
import type { Published } from '../../src/domain/published'
import { warningsOf } from './content'
import { chartPng } from './picture'
import { briefCharts } from './trendChart'
import { say } from './words'

/** As the browser draws the brief's charts (useBriefDocument): the size drawn, and the size placed on the page. */
const DRAWN = { width: 640, height: 280, pixelRatio: 2.5 }
const ON_PAGE = { width: 560, height: 245 }

const PHRASES = ['sentence', 'separator', 'clause', 'rise', 'fall', 'flat', 'multiple', 'partial', 'rank'] as const

/**
 * The Word brief of the home region, in Chinese, as the overview's 下载Word简报 writes it: the same
 * content (`briefContent`), the same document (`packBrief`), the charts drawn on the server.
 */
export async function writeBrief(
  published: Published,
  now: number,
  /** Whom the watermark names (the destination), or null when the watermark is off. */
  watermarkFor: string | null = null,
): Promise<{ filename: string; bytes: Uint8Array }> {
  const { dataset, settings, bulletins } = published
  const region = settings.homeRegion
  const today = isoDay(now)
  // The templates keep their placeholders (`say` leaves an unnamed one as written): the domain fills them.
  const phrases = Object.fromEntries(PHRASES.map((k) => [k, say(`narrative.${k}`)])) as unknown as NarrativePhrases
  const facts = narrativeFacts(dataset, settings, region)
  const bulletin = latestBulletin(bulletins, region)
  const brief = briefContent({
    facts,
    sentences: writeNarrative(facts, region, dataset.catalogue, 'zh', phrases),
    catalogue: dataset.catalogue,
    lang: 'zh',
    labels: {
      title: say('brief.title', { region }),
      statistics: say('brief.statistics'),
      charts: say('brief.charts'),
      figures: say('brief.figures'),
      events: say('brief.events'),
      warnings: say('brief.warnings'),
      columns: [
        say('brief.indicator'),
        say('brief.period'),
        say('brief.value'),
        say('brief.unit'),
        say('brief.source'),
      ],
      page: say('brief.page'),
    },
    today,
    bulletin,
    bulletinName: bulletin && say('bulletin.issue', { title: bulletin.title, issue: bulletin.issue }),
    warnings: warningsOf(published, now),
    mark: say('delivery.message.internal'),
    ...(watermarkFor === null
      ? {}
      : { watermark: say('watermark.mark', { who: watermarkFor, time: formatDateTime(now, 'zh') }) }),
  })
  const charts = await Promise.all(
    briefCharts(published).map(async (c) => {
      const png = await chartPng(c.option, DRAWN)
      return { title: c.title, png: new Uint8Array(png).buffer, ...ON_PAGE }
    }),
  )
  const bytes = new Uint8Array(await packBrief(brief, charts))
  return { filename: `${say('brief.file', { region, date: today })}.docx`, bytes }
}
