import { open, readFile, truncate } from 'node:fs/promises'
import { appendDurable } from './atomic'
import { Type, type Static } from 'typebox'
import { Value } from 'typebox/value'
import { VersionCounts, type VersionInfo } from '../../contract/api'
import { DELIVERY_KINDS, DELIVERY_TRIGGERS } from '../../contract/delivery'

/** One line of the audit log: who did what to the published data, when. */
const AuditEntry = Type.Object({
  at: Type.String(),
  by: Type.Union([Type.String(), Type.Null()]),
  action: Type.Enum(['publish', 'rollback']),
  version: Type.Integer(),
  baseVersion: Type.Union([Type.Integer(), Type.Null()]),
  name: Type.String(),
  rollbackOf: Type.Optional(Type.Integer()),
  counts: VersionCounts,
})
type AuditEntry = Static<typeof AuditEntry>

/** One line of the audit log about a delivery: where the figures of which version went, and how it ended. */
const DeliveryEntry = Type.Object({
  at: Type.String(),
  by: Type.Union([Type.String(), Type.Null()]),
  action: Type.Literal('delivery'),
  destination: Type.String(),
  kind: Type.Enum(DELIVERY_KINDS),
  trigger: Type.Enum(DELIVERY_TRIGGERS),
  version: Type.Integer(),
  outcome: Type.Enum(['sent', 'failed', 'unchanged']),
  attempts: Type.Integer(),
  error: Type.Optional(Type.String()),
})

const AuditLine = Type.Union([AuditEntry, DeliveryEntry])
type AuditLine = Static<typeof AuditLine>

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

  async append(entry: AuditLine): Promise<void> {
    await appendDurable(this.path, JSON.stringify(entry) + '\n')
  }

  async read(): Promise<AuditLine[]> {
    let text: string
    try {
      text = await readFile(this.path, 'utf8')
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return []
      throw e
    }
    const complete = text.slice(0, text.lastIndexOf('\n') + 1)
    const entries: AuditLine[] = []
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
    const logged = new Set((await this.read()).flatMap((e) => (e.action === 'delivery' ? [] : [e.version])))
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

function parseLine(line: string): AuditLine | null {
  try {
    return Value.Parse(AuditLine, JSON.parse(line))
  } catch {
    return null
  }
}
