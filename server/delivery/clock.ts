import { Cron } from 'croner'

/**
 * Time as delivery sees it: the wall clock and timers, passed in so that tests drive schedules and
 * retries with a clock of their own instead of waiting.
 */
export interface Clock {
  now(): number
  /** Calls `fn` after `ms`; returns what cancels it. */
  after(ms: number, fn: () => void): () => void
}

// setTimeout's longest delay (about 24.8 days): a monthly schedule waits in steps.
const LONGEST = 2 ** 31 - 1

export const systemClock: Clock = {
  now: () => Date.now(),
  after(ms, fn) {
    // A pending send must not keep a stopping process alive.
    const timer = setTimeout(fn, Math.max(0, ms)).unref()
    return () => clearTimeout(timer)
  },
}

/** The first time after `after` that a cron string names in its time zone; throws on a string croner refuses. */
export function nextRun(cron: string, timeZone: string, after: number): number | null {
  const next = new Cron(cron, { timezone: timeZone, paused: true }).nextRun(new Date(after))
  return next ? next.getTime() : null
}

/** Whether a time zone is one the runtime knows (Intl refuses the others). */
export function knownTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone })
    return true
  } catch {
    return false
  }
}

/**
 * Runs `fn` at each time a cron string names, on `clock`, until cancelled. A wait longer than a
 * timer allows is taken in steps, each checking the clock again.
 */
export function everyCron(clock: Clock, cron: string, timeZone: string, fn: (at: number) => void): () => void {
  let cancel = () => {}
  let stopped = false
  const plan = (from: number) => {
    const at = nextRun(cron, timeZone, from)
    if (at === null || stopped) return
    const wait = () => {
      const left = at - clock.now()
      if (left > 0) cancel = clock.after(Math.min(left, LONGEST), wait)
      else {
        fn(at)
        plan(at)
      }
    }
    wait()
  }
  plan(clock.now())
  return () => {
    stopped = true
    cancel()
  }
}
