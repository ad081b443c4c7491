import { randomBytes } from 'node:crypto'
import type { DeliveryTrigger, SendInfo } from '../../contract/delivery'
import type { VersionStore } from '../store/versions'
import { isoDay } from '../../src/domain/monitoring/cadence'
import type { BriefFile } from '../checking/tasks'
import { everyCron, type Clock } from './clock'
import { digestOf, type DeliveryContent } from './content'
import { SendFailed } from './robots'
import { secretsOf, sendTo } from './send'
import type { DeliveryStore, StoredDestination } from './store'

export interface DeliveryOptions {
  /** The dashboard's public address, linked from every message ('' for none). */
  readonly publicUrl: string
  /** The waits before each try again after a failed send: three more tries after 1 s, 5 s and 25 s. */
  readonly retryDelaysMs: readonly number[]
  /** How long one try may take. */
  readonly timeoutMs: number
  /** When the warnings are looked at besides after each publish (a figure falls due with time). */
  readonly warningCheck: { readonly cron: string; readonly timeZone: string }
  readonly clock: Clock
  readonly log: (message: string) => void
  /** Whether the analysts switched the watermark on (shares.json): a delivered brief then carries it. */
  readonly watermark?: () => boolean
}

/**
 * What delivery reads of a version, worked out off the event loop (the checking thread assembles the
 * version: a large one would hold the loop for a second or more).
 */
export interface VersionReader {
  /** What a message says of `version` at `now`: the same for every `now` of one UTC day. */
  content(version: number, now: number, publicUrl: string): Promise<DeliveryContent>
  brief(version: number, now: number, watermarkFor: string | null): Promise<BriefFile>
}

/** Replaces every secret of a destination in a text, should one ever be in a reason. */
const scrub = (text: string, secrets: readonly string[]) =>
  secrets.filter((s) => s.length >= 4).reduce((t, s) => t.split(s).join('••••'), text)

/**
 * Sends the current version's headline figures and warnings to the destinations an analyst set up:
 * after each publish, on each destination's schedule, and when a new warning appears. One send at a
 * time per destination; what was last delivered to a destination is remembered (its digest), so the
 * same figures and warnings are never delivered to it twice. A failed send is tried again after each
 * of `retryDelaysMs`, then recorded as failed; every outcome goes to the audit log.
 */
export class Delivery {
  private readonly queues = new Map<string, Promise<void>>()
  private readonly schedules = new Map<string, () => void>()
  private readonly pending = new Set<() => void>()
  private stopWarningCheck = () => {}
  private looking: Promise<void> = Promise.resolve()
  private cache: { key: string; content: Promise<DeliveryContent> } | undefined
  private brief: { key: string; bytes: Promise<BriefFile> } | undefined
  private closed = false

  constructor(
    private readonly versions: VersionStore,
    private readonly reader: VersionReader,
    readonly store: DeliveryStore,
    private readonly o: DeliveryOptions,
  ) {}

  get publicUrl(): string {
    return this.o.publicUrl
  }

  /** Starts the schedules and the daily look at the warnings. */
  start(): void {
    for (const d of this.store.destinations) this.schedule(d)
    const { cron, timeZone } = this.o.warningCheck
    this.stopWarningCheck = everyCron(this.o.clock, cron, timeZone, () => this.lookAtWarnings())
    // The warnings of the version being served are not new: they are what a first look finds.
    this.lookAtWarnings()
  }

  /**
   * Looks at the warnings now: after a new version, each morning, and when a destination is saved (a
   * first look remembers what there is, so only warnings that appear later are sent).
   */
  lookAtWarnings(): void {
    this.looking = this.looking.then(() => this.checkWarnings())
  }

  close(): void {
    this.closed = true
    this.stopWarningCheck()
    for (const stop of this.schedules.values()) stop()
    for (const wake of this.pending) wake()
  }

  /** After a publish or rollback: the destinations that want it, then whatever warnings are new. */
  published(): void {
    this.sendAll('publish', (d) => d.when.publish)
    this.lookAtWarnings()
  }

  /** (Re)starts a destination's schedule after it was added or changed; stops it when it has none. */
  schedule(d: StoredDestination): void {
    this.schedules.get(d.id)?.()
    this.schedules.delete(d.id)
    const s = d.when.schedule
    if (!s || this.closed) return
    this.schedules.set(
      d.id,
      everyCron(this.o.clock, s.cron, s.timeZone, () => void this.enqueue(d.id, 'schedule', null)),
    )
  }

  unschedule(id: string): void {
    this.schedules.get(id)?.()
    this.schedules.delete(id)
  }

  /** An analyst's test: sent even when unchanged; resolves when it was delivered or given up. */
  test(id: string, by: string): Promise<void> {
    return this.enqueue(id, 'test', by)
  }

  /** Resolves once every send asked for so far has ended (delivered, unchanged or failed). */
  async settled(): Promise<void> {
    let queued: Promise<void>[]
    do {
      await this.looking
      queued = [...this.queues.values()]
      await Promise.all(queued)
    } while ([...this.queues.values()].some((q) => !queued.includes(q)))
  }

  private sendAll(trigger: DeliveryTrigger, wants: (d: StoredDestination) => boolean): void {
    for (const d of this.store.destinations) if (wants(d)) void this.enqueue(d.id, trigger, null)
  }

  private async checkWarnings(): Promise<void> {
    try {
      // Nobody to tell: nothing is looked at, and the first look after someone asks finds nothing new.
      if (!this.store.destinations.some((d) => d.when.warning)) {
        if (this.store.warnings !== null) await this.store.update((f) => ({ ...f, warnings: null }))
        return
      }
      const { content } = await this.current(this.o.clock.now())
      const now = [...content.warnings]
      const seen = this.store.warnings
      const fresh = seen !== null && now.some((w) => !seen.includes(w))
      if (seen === null || now.join('\n') !== seen.join('\n')) await this.store.update((f) => ({ ...f, warnings: now }))
      if (fresh) this.sendAll('warning', (d) => d.when.warning)
    } catch (e) {
      this.o.log(`delivery: the warnings could not be checked: ${e instanceof Error ? e.message : String(e)}`)
    }
  }

  /** What the current version says at `now`, worked out once per version and day. */
  private async current(now: number): Promise<{ version: number; content: DeliveryContent }> {
    const version = this.versions.current
    const key = `${version} ${isoDay(now)}`
    if (this.cache?.key !== key) {
      const content = this.reader.content(version, now, this.o.publicUrl)
      // A look that failed is made again at the next one.
      void content.catch(() => {
        if (this.cache?.content === content) this.cache = undefined
      })
      this.cache = { key, content }
    }
    return { version, content: await this.cache.content }
  }

  /** The Word brief of a version on a day, written once for every mail and try of that day. */
  private briefOf(version: number, now: number, to: string) {
    const watermark = this.o.watermark?.() ? to : null
    const key = `${version} ${isoDay(now)} ${watermark ?? ''}`
    if (this.brief?.key !== key) {
      const bytes = this.reader.brief(version, now, watermark)
      // A brief that failed is written again at the next try.
      void bytes.catch(() => {
        if (this.brief?.bytes === bytes) this.brief = undefined
      })
      this.brief = { key, bytes }
    }
    return this.brief.bytes
  }

  private enqueue(id: string, trigger: DeliveryTrigger, by: string | null): Promise<void> {
    const run = () => this.deliver(id, trigger, by)
    const job = (this.queues.get(id) ?? Promise.resolve()).then(run, run)
    const tail = job.catch((e: unknown) => this.o.log(`delivery: ${e instanceof Error ? e.message : String(e)}`))
    this.queues.set(id, tail)
    void tail.then(() => {
      if (this.queues.get(id) === tail) this.queues.delete(id)
    })
    return job
  }

  private async deliver(id: string, trigger: DeliveryTrigger, by: string | null): Promise<void> {
    const d = this.store.destination(id)
    if (!d || this.closed) return
    const now = this.o.clock.now()
    const { version, content } = await this.current(now)
    const digest = digestOf(content, d.what)
    const send: SendInfo = {
      id: randomBytes(8).toString('base64url'),
      destination: d.id,
      name: d.name,
      trigger,
      version,
      at: new Date(now).toISOString(),
      state: 'sending',
      attempts: 0,
      nextTry: null,
      error: null,
    }
    if (trigger !== 'test' && this.store.sentDigest(d.id) === digest) {
      await this.record({ ...send, state: 'unchanged' }, d, by)
      return
    }
    await this.tries(d, send, by, async () => {
      const brief = () => this.briefOf(version, now, d.name)
      await sendTo(d.target, { content, what: d.what, brief, now: this.o.clock.now(), timeoutMs: this.o.timeoutMs })
      if (trigger !== 'test') await this.store.update((f) => ({ ...f, sent: { ...f.sent, [d.id]: digest } }))
    })
  }

  /** Tries a send, and again after each delay while it fails, recording every step. */
  private async tries(d: StoredDestination, first: SendInfo, by: string | null, attempt: () => Promise<void>) {
    let send = first
    for (;;) {
      send = { ...send, state: 'sending', attempts: send.attempts + 1, nextTry: null }
      await this.record(send, d, by)
      try {
        await attempt()
        await this.record({ ...send, state: 'sent', error: null }, d, by)
        return
      } catch (e) {
        const reason = scrub(e instanceof SendFailed ? e.message : 'internal error', secretsOf(d.target))
        const wait = this.o.retryDelaysMs[send.attempts - 1]
        if (wait === undefined || this.closed || !this.store.destination(d.id)) {
          await this.record({ ...send, state: 'failed', error: reason }, d, by)
          return
        }
        send = { ...send, state: 'retrying', error: reason, nextTry: new Date(this.o.clock.now() + wait).toISOString() }
        await this.record(send, d, by)
        await this.sleep(wait)
      }
    }
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const wake = () => {
        this.pending.delete(wake)
        cancel()
        resolve()
      }
      const cancel = this.o.clock.after(ms, wake)
      this.pending.add(wake)
    })
  }

  /** Keeps a send's state for the page and, once it has ended, adds it to the audit log. */
  private async record(send: SendInfo, d: StoredDestination, by: string | null): Promise<void> {
    await this.store.update((f) => ({ ...f, sends: [send, ...f.sends.filter((s) => s.id !== send.id)] }))
    if (send.state === 'sending' || send.state === 'retrying') return
    this.o.log(
      `delivery: ${send.trigger} of version ${send.version} to "${d.name}" (${d.target.kind}): ${send.state}${send.error ? ` (${send.error})` : ''}`,
    )
    await this.versions.audit
      .append({
        at: new Date(this.o.clock.now()).toISOString(),
        by,
        action: 'delivery',
        destination: d.name,
        kind: d.target.kind,
        trigger: send.trigger,
        version: send.version,
        outcome: send.state,
        attempts: send.attempts,
        ...(send.error ? { error: send.error } : {}),
      })
      .catch((e: unknown) => this.o.log(`audit log append failed: ${String(e)}`))
  }
}
