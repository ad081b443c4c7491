import { open, readFile, truncate } from 'node:fs/promises'
import { appendDurable } from './atomic'
import type { VersionInfo } from '../../src/domain/version'

/** One line of the audit log: who did what to the published data, when. */
export interface AuditEntry {
  readonly at: string
  readonly by: string | null
  /** What an analyst did: every action but the snapshot of data/ taken on first start. */
  readonly action: Exclude<VersionInfo['action'], 'initial'>
  readonly version: number
  readonly baseVersion: number | null
  readonly name: string
  readonly rollbackOf?: number
  readonly counts: VersionInfo['counts']
}

export function auditEntryOf(meta: VersionInfo): AuditEntry | null {
  if (meta.action === 'initial') return null
  const entry: AuditEntry = {
    at: meta.at,
    by: meta.by,
    action: meta.action,
    version: meta.version,
    baseVersion: meta.baseVersion,
    name: meta.name,
    counts: meta.counts,
  }
  return meta.rollbackOf === null ? entry : { ...entry, rollbackOf: meta.rollbackOf }
}

/**
 * An append-only JSON-lines file. Lines are only ever added; the one repair is dropping a last
 * line cut short by a crash, which was never a complete record.
 */
export class AuditLog {
  constructor(
    readonly path: string,
    private readonly log: (message: string) => void = () => {},
  ) {}

  async append(entry: AuditEntry): Promise<void> {
    await appendDurable(this.path, JSON.stringify(entry) + '\n')
  }

  async read(): Promise<AuditEntry[]> {
    let text: string
    try {
      text = await readFile(this.path, 'utf8')
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw e
    }
    const complete = text.slice(0, text.lastIndexOf('\n') + 1)
    const entries: AuditEntry[] = []
    for (const [index, line] of complete.split('\n').entries()) {
      if (line.trim() === '') continue
      const entry = parseLine(line)
      // A damaged line is history lost, not a reason to stop serving: it is named and passed over.
      if (entry) entries.push(entry)
      else this.log(`audit.log line ${index + 1} is damaged and was skipped: ${JSON.stringify(line.slice(0, 80))}`)
    }
    return entries
  }

  /**
   * Makes the log agree with the committed versions after a crash: cuts a torn last line, then
   * appends the entries of versions committed before the process died (each version's meta.json
   * is written with the version itself, so it is the record to copy).
   */
  async reconcile(metas: readonly VersionInfo[]): Promise<number> {
    await this.dropTornTail()
    const logged = new Set((await this.read()).map((e) => e.version))
    let added = 0
    for (const meta of metas) {
      const entry = auditEntryOf(meta)
      if (entry && !logged.has(meta.version)) {
        await this.append(entry)
        added++
      }
    }
    return added
  }

  private async dropTornTail(): Promise<void> {
    let buf: Buffer
    try {
      buf = await readFile(this.path)
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return
      throw e
    }
    if (buf.length === 0 || buf[buf.length - 1] === 0x0a) return
    await truncate(this.path, buf.lastIndexOf(0x0a) + 1)
    const fh = await open(this.path, 'r+')
    try {
      await fh.sync()
    } finally {
      await fh.close()
    }
  }
}

function parseLine(line: string): AuditEntry | null {
  try {
    const entry: unknown = JSON.parse(line)
    const version = typeof entry === 'object' && entry !== null && 'version' in entry ? entry.version : undefined
    return Number.isInteger(version) ? (entry as AuditEntry) : null
  } catch {
    return null
  }
}
