import type { Page } from 'playwright-core'

/** Starts recording the page's main-thread long tasks (PerformanceObserver 'longtask'). */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { longTasks: number[] }
    w.longTasks = []
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks.push(e.duration)
    }).observe({ type: 'longtask' })
  })
}

/** The durations (ms) of the long tasks recorded so far. */
export function longTasks(page: Page): Promise<number[]> {
  return page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks.slice())
}

interface TraceEvent {
  name: string
  ph: string
  pid: number
  tid: number
  tdur?: number
  args?: { name?: string }
}

/**
 * Starts tracing the browser's top-level tasks; the function returned stops and gives the CPU
 * time (ms) of each task the page's main threads ran. CPU time, unlike a long task's duration,
 * leaves out the time the thread waited for a core that other processes held, so it measures the
 * page's work, not how busy the machine was.
 */
export async function traceMainThreadTasks(page: Page): Promise<() => Promise<number[]>> {
  const browser = page.context().browser()
  if (!browser) throw new Error('no browser to trace')
  await browser.startTracing(page, { categories: ['toplevel'] })
  return async () => {
    const { traceEvents } = JSON.parse((await browser.stopTracing()).toString('utf8')) as { traceEvents: TraceEvent[] }
    const main = new Set(
      traceEvents
        .filter((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')
        .map((e) => `${e.pid}:${e.tid}`),
    )
    return traceEvents
      .filter((e) => e.ph === 'X' && e.tdur !== undefined && main.has(`${e.pid}:${e.tid}`))
      .map((e) => (e.tdur as number) / 1000)
  }
}
