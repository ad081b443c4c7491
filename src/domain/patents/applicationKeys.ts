/**
 * Application numbers → record index, as an open-addressed table of numbers: a million string keys
 * in a Map cost a hash of each and an entry object; an application number's digits are a number.
 */
export class ApplicationKeys {
  private keys = new Float64Array(1 << 12)
  private values = new Int32Array(1 << 12).fill(-1)
  private size = 0

  /** The record of `digits` (twelve digits, or eight before 2003), or -1. */
  get(digits: string): number {
    const key = keyOf(digits)
    const mask = this.keys.length - 1
    for (let at = slotOf(key, mask); ; at = (at + 1) & mask) {
      const value = this.values[at] ?? -1
      if (value < 0 || this.keys[at] === key) return value
    }
  }

  set(digits: string, record: number): void {
    if ((this.size + 1) * 2 > this.keys.length) this.grow()
    this.put(keyOf(digits), record)
  }

  private put(key: number, record: number): void {
    const mask = this.keys.length - 1
    let at = slotOf(key, mask)
    while ((this.values[at] ?? -1) >= 0 && this.keys[at] !== key) at = (at + 1) & mask
    if ((this.values[at] ?? -1) < 0) this.size++
    this.keys[at] = key
    this.values[at] = record
  }

  private grow(): void {
    const { keys, values } = this
    this.keys = new Float64Array(keys.length * 2)
    this.values = new Int32Array(keys.length * 2).fill(-1)
    this.size = 0
    for (let i = 0; i < keys.length; i++) if ((values[i] ?? -1) >= 0) this.put(keys[i] ?? 0, values[i] ?? 0)
  }
}

// Eight-digit numbers (before 2003) are set apart from twelve-digit ones with the same value.
const keyOf = (digits: string) => Number(digits) + (digits.length === 8 ? 1e12 : 0)

function slotOf(key: number, mask: number): number {
  const low = key >>> 0
  const high = Math.floor(key / 4294967296)
  let h = Math.imul(low ^ Math.imul(high, 0x9e3779b1), 0x85ebca6b)
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35)
  return (h ^ (h >>> 16)) & mask
}
