/**
 * A unit with a multiplier that a file prints (万件) where the catalogue counts in the plain unit
 * (件): its figures are multiplied, and the preview says so.
 */
export interface ScaledUnit {
  /** The unit as the file prints it, and the catalogue's unit it is read in. */
  readonly unit: string
  readonly expected: string
  readonly factor: number
  /** The label cell that first printed it (1-based row and column), and how many figures it scaled. */
  readonly row: number
  readonly column: number
  readonly count: number
}

/** The file's scaled units, each listed once however many figures it multiplied. */
export class ScaledUnits {
  private readonly byUnit = new Map<string, { -readonly [K in keyof ScaledUnit]: ScaledUnit[K] }>()

  add(unit: string, expected: string, factor: number, row: number, column: number) {
    const key = `${unit}\u0000${expected}`
    const known = this.byUnit.get(key)
    if (known) known.count++
    else this.byUnit.set(key, { unit, expected, factor, row, column, count: 1 })
  }

  list(): ScaledUnit[] {
    return [...this.byUnit.values()]
  }
}
