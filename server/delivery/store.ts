import { copyFile, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { Type, type Static } from 'typebox'
import { DeliveryWhat, DeliveryWhen, SendInfo } from '../../contract/delivery'
import { replaceFile } from '../store/atomic'
import { DamagedState, parseState } from '../store/integrity'

/** A destination as stored: with its secrets, which never leave the server. */
const StoredTarget = Type.Union([
  Type.Object({ kind: Type.Literal('wecom'), webhook: Type.String() }),
  Type.Object({ kind: Type.Literal('dingtalk'), webhook: Type.String(), secret: Type.String() }),
  Type.Object({
    kind: Type.Literal('email'),
    host: Type.String(),
    port: Type.Integer(),
    secure: Type.Boolean(),
    user: Type.String(),
    password: Type.String(),
    from: Type.String(),
    to: Type.Array(Type.String()),
  }),
])
export type StoredTarget = Static<typeof StoredTarget>

const StoredDestination = Type.Object({
  id: Type.String(),
  name: Type.String(),
  when: DeliveryWhen,
  what: DeliveryWhat,
  target: StoredTarget,
})
export type StoredDestination = Static<typeof StoredDestination>

const DeliveryFile = Type.Object({
  destinations: Type.Array(StoredDestination),
  /** Per destination, the digest of what was last delivered to it. */
  sent: Type.Record(Type.String(), Type.String()),
  /** The 监测预警 sentences seen at the last look; null before the first (nothing is new then). */
  warnings: Type.Union([Type.Array(Type.String()), Type.Null()]),
  /** The latest sends, newest first. */
  sends: Type.Array(SendInfo),
})
type DeliveryFile = Static<typeof DeliveryFile>

/** Sends kept for the page. */
const KEPT_SENDS = 50

const empty = (): DeliveryFile => ({ destinations: [], sent: {}, warnings: null, sends: [] })

/**
 * Delivery's settings and memory in `stateDir/delivery.json` (mode 0640: it holds the robots' keys
 * and the SMTP password), replaced whole at every change. A damaged file is kept beside it under
 * another name and the server starts with no destinations, saying so in its log.
 */
export class DeliveryStore {
  private writes: Promise<void> = Promise.resolve()

  private constructor(
    private readonly path: string,
    private file: DeliveryFile,
  ) {}

  static async open(stateDir: string, log: (message: string) => void): Promise<DeliveryStore> {
    const path = join(stateDir, 'delivery.json')
    let text: string | undefined
    try {
      text = await readFile(path, 'utf8')
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e
    }
    if (text === undefined) return new DeliveryStore(path, empty())
    try {
      const file = parseState('delivery.json', DeliveryFile, text)
      // A send the server stopped during (or between the tries of) ended there: it is shown as failed.
      const sends = file.sends.map((s) =>
        s.state === 'sending' || s.state === 'retrying'
          ? { ...s, state: 'failed' as const, nextTry: null, error: 'server stopped' }
          : s,
      )
      return new DeliveryStore(path, { ...file, sends })
    } catch (e) {
      if (!(e instanceof DamagedState)) throw e
      const aside = `${path}.damaged-${Date.now()}`
      await copyFile(path, aside)
      log(`${path} is damaged (${e.problem}): kept as ${aside}; starting with no delivery destinations`)
      return new DeliveryStore(path, empty())
    }
  }

  get destinations(): readonly StoredDestination[] {
    return this.file.destinations
  }

  destination(id: string): StoredDestination | undefined {
    return this.file.destinations.find((d) => d.id === id)
  }

  get sends(): readonly SendInfo[] {
    return this.file.sends
  }

  sentDigest(id: string): string | undefined {
    return this.file.sent[id]
  }

  get warnings(): readonly string[] | null {
    return this.file.warnings
  }

  /** Changes the file and stores it; stored before the promise settles, one write at a time. */
  update(change: (file: DeliveryFile) => DeliveryFile): Promise<void> {
    const next = change(this.file)
    this.file = { ...next, sends: next.sends.slice(0, KEPT_SENDS) }
    const write = () => replaceFile(this.path, JSON.stringify(this.file, null, 1) + '\n')
    const run = this.writes.then(write, write)
    this.writes = run.catch(() => undefined)
    return run
  }
}
