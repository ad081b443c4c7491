import { chartPng, type ChartOption } from '@/charts/echarts'
import { briefContent, type BriefInput } from '@/domain/narrative/brief'
import type { BriefChart } from './briefDocx'
import type { BriefReply, BriefRequest } from './briefProtocol'

/** How charts are drawn for the brief: at a fixed size, two and a half times the pixels (about 290 dpi as placed on the page). */
const DRAWN = { width: 640, height: 280, pixelRatio: 2.5 }
/** How wide they stand on the page (CSS pixels at 96 dpi): the text width of A4 with 公文 margins. */
const ON_PAGE = { width: 560, height: 245 }

/** A chart of the brief before it is drawn: its title and its option. */
export interface BriefChartSource {
  readonly title: string
  readonly option: ChartOption
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

function pack(request: BriefRequest): Promise<ArrayBuffer> {
  const worker = new Worker(new URL('./brief.worker.ts', import.meta.url), { type: 'module', name: 'brief' })
  return new Promise<ArrayBuffer>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<BriefReply>) =>
      event.data.ok ? resolve(event.data.bytes) : reject(new Error(event.data.error))
    worker.onerror = (event) => {
      // Handled here: the reader is told, the console is not left with an uncaught error.
      event.preventDefault()
      reject(new Error(event.message))
    }
    worker.postMessage(
      request,
      request.charts.map((c) => c.png),
    )
  }).finally(() => worker.terminate())
}

/**
 * The Word brief's bytes: its content written (here, so the overview does not carry the code until
 * a brief is asked for), each chart drawn in a task of its own (so the page never freezes for all
 * of them at once), then the document built and zipped in a worker.
 */
export async function writeBrief(
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
  return pack({ brief: briefContent(input), charts })
}
