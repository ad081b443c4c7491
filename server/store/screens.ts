import { join } from 'node:path'
import { Type, type Static } from 'typebox'
import type { ScreenBeat } from '../../contract/api'
import { SCREEN_PAGES } from '../../contract/vocabulary'
import { replaceFile } from './atomic'
import { readDispensable } from './integrity'

/** A screen as the server keeps it; times in ms by the server's clock. */
const StoredScreen = Type.Object({
  name: Type.String(),
  version: Type.Integer(),
  page: Type.Enum(SCREEN_PAGES),
  refreshedAt: Type.Number(),
  beatAt: Type.Number(),
  /** An analyst asked it to reload: its next heartbeat's answer says so. */
  reload: Type.Boolean(),
})
export type StoredScreen = Static<typeof StoredScreen>

const ScreensFile = Type.Object({ screens: Type.Array(StoredScreen) })
type ScreensFile = Static<typeof ScreensFile>

export interface ScreenStoreOptions {
  /** How often screens are told to beat (ms); a screen is silent after three beats missed. */
  readonly beatMs: number
  /** Most screens kept: past it, a new name takes the place of the longest-silent screen, if one is silent. */
  readonly max: number
  readonly now?: () => number
  readonly log?: (message: string) => void
}

/** Beats missed before a screen counts as silent: one late beat (a slow network, a busy PC) is not silence. */
const MISSED_BEATS = 3

/**
 * The meeting-room screens, by name: held in memory and written to `stateDir/screens.json`, so that
 * a restart keeps the list (and its silent screens, which are the point of it). Writes are
 * coalesced: at most one in flight and one waiting, however many screens beat meanwhile. A damaged
 * file is named in the log and forgotten: the screens are back with their next beats.
 */
export class ScreenStore {
  private writing: Promise<void> | undefined
  private dirty = false
  private readonly now: () => number
  private readonly log: (message: string) => void

  private constructor(
    private readonly path: string,
    private readonly screens: Map<string, StoredScreen>,
    private readonly options: ScreenStoreOptions,
  ) {
    this.now = options.now ?? Date.now
    this.log = options.log ?? (() => {})
  }

  static async open(stateDir: string, options: ScreenStoreOptions): Promise<ScreenStore> {
    const path = join(stateDir, 'screens.json')
    const file = await readDispensable(path, ScreensFile, options.log ?? (() => {}), 'no screens')
    return new ScreenStore(path, new Map(file?.screens.map((s) => [s.name, s])), options)
  }

  get beatMs(): number {
    return this.options.beatMs
  }

  get silentAfterMs(): number {
    return MISSED_BEATS * this.options.beatMs
  }

  isSilent(screen: StoredScreen): boolean {
    return this.now() - screen.beatAt > this.silentAfterMs
  }

  /**
   * Records a heartbeat. Answers whether the screen is to reload (the command is then spent), or
   * undefined when the list is full of screens that still beat.
   */
  beat(b: ScreenBeat): { reload: boolean } | undefined {
    const name = b.name.trim()
    const known = this.screens.get(name)
    if (!known && !this.makeRoom()) return undefined
    const now = this.now()
    this.screens.set(name, {
      name,
      version: b.version,
      page: b.page,
      refreshedAt: now - b.refreshedAgo * 1000,
      beatAt: now,
      reload: false,
    })
    this.save()
    return { reload: known?.reload ?? false }
  }

  /** Every screen, by name. */
  list(): StoredScreen[] {
    return [...this.screens.values()].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'))
  }

  /** Asks the screen to reload at its next heartbeat; undefined for a name that never beat. */
  requestReload(name: string): StoredScreen | undefined {
    const known = this.screens.get(name.trim())
    if (!known) return undefined
    const asked = { ...known, reload: true }
    this.screens.set(asked.name, asked)
    this.save()
    return asked
  }

  /** Waits for the writes under way (on shutdown). */
  flush(): Promise<void> {
    return this.writing ?? Promise.resolve()
  }

  private makeRoom(): boolean {
    if (this.screens.size < this.options.max) return true
    const longestSilent = [...this.screens.values()].reduce((a, b) => (b.beatAt < a.beatAt ? b : a))
    if (!this.isSilent(longestSilent)) return false
    this.screens.delete(longestSilent.name)
    return true
  }

  private save(): void {
    this.dirty = true
    this.writing ??= this.writeAll()
  }

  private async writeAll(): Promise<void> {
    try {
      while (this.dirty) {
        this.dirty = false
        const file: ScreensFile = { screens: [...this.screens.values()] }
        // A failed write costs the list only if the server stops before the next one succeeds.
        await replaceFile(this.path, JSON.stringify(file) + '\n').catch((e: unknown) =>
          this.log(`${this.path}: ${e instanceof Error ? e.message : String(e)}`),
        )
      }
    } finally {
      this.writing = undefined
    }
  }
}
