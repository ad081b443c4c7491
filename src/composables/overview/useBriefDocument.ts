import { chartPng, type ChartOption } from '@/charts/echarts'
import type { BriefInput } from '@/domain/narrative/brief'
import type { BriefApi } from '@/io/brief/brief.worker'
import type { BriefChart } from '@/domain/narrative/briefDocument'
import { useWorkerChannel } from '../useWorkerChannel'

/** How charts are drawn for the brief: at a fixed size, two and a half times the pixels (about 290 dpi as placed on the page). */
const DRAWN = { width: 640, height: 280, pixelRatio: 2.5 }
/** How wide they stand on the page (CSS pixels at 96 dpi): the text width of A4 with 公文 margins. */
const ON_PAGE = { width: 560, height: 245 }

/** A chart of the brief before it is drawn: its title and its option. */
interface BriefChartSource {
  readonly title: string
  readonly option: ChartOption
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/**
 * Owns the worker that builds the Word brief, one for each brief, ended with it. Each chart is drawn
 * in a task of its own (so the page never freezes for all of them at once), the content is written
 * (its code loaded only when a brief is asked for), then the document is built and zipped in the
 * worker.
 */
export function useBriefDocument() {
  const worker = useWorkerChannel<BriefApi>(
    () => new Worker(new URL('../../io/brief/brief.worker.ts', import.meta.url), { type: 'module', name: 'brief' }),
    'brief',
  )

  async function write(
    input: BriefInput,
    sources: readonly BriefChartSource[],
    locale: 'ZH' | 'EN',
  ): Promise<ArrayBuffer> {
    const charts: BriefChart[] = []
    for (const source of sources) {
      await nextTask()
      const png = await (await chartPng(source.option, DRAWN, locale)).arrayBuffer()
      charts.push({ title: source.title, png, ...ON_PAGE })
    }
    const { briefContent } = await import('@/domain/narrative/brief')
    const brief = briefContent(input)
    return worker.job((api, comlink) =>
      api.pack(
        brief,
        comlink.transfer(
          charts,
          charts.map((c) => c.png),
        ),
      ),
    )
  }

  return { write }
}
