export interface UnknownName {
  readonly name: string
  readonly row: number
  readonly column: number
  /** For indicators: the unit the header gave, as a suggestion for a custom indicator. */
  readonly unit?: string
  readonly count: number
}

interface Entry {
  readonly name: string
  readonly row: number
  readonly column: number
  readonly unit?: string
  count: number
}

/**
 * Names a file uses that the catalogue lacks, each listed once (where it first appears, and how
 * often it does), so the analyst can add them all in one confirmation.
 */
export class UnknownNames {
  private readonly byKey = new Map<string, Entry>()

  /** `key` is the name as it is matched, `name` as the file writes it; `unit` as a header gave it. */
  add(key: string, name: string, row: number, column: number, unit?: string) {
    const known = this.byKey.get(key)
    if (known) known.count++
    else
      this.byKey.set(key, unit === undefined ? { name, row, column, count: 1 } : { name, row, column, unit, count: 1 })
  }

  list(): UnknownName[] {
    return [...this.byKey.values()]
  }
}
