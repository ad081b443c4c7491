import { STATUSES, type Observation, type Status } from './observation'
import { parsePeriod, type Period } from './period'

/**
 * Observations as columns: numbers in typed arrays, repeated strings as indexes into small
 * dictionaries. A million figures cross from a worker as a few transferable buffers, not a
 * million cloned objects, and take a fraction of the memory.
 */
export interface ObservationColumns {
  readonly length: number
  readonly regions: readonly string[]
  readonly region: Uint32Array
  readonly indicators: readonly string[]
  readonly indicator: Uint32Array
  readonly periods: readonly string[]
  readonly period: Uint32Array
  readonly value: Float64Array
  readonly status: Uint8Array
  readonly units: readonly string[]
  readonly unit: Uint32Array
  readonly sources: readonly string[]
  readonly source: Uint32Array
  readonly notes: readonly string[]
  readonly note: Uint32Array
  /** Where each figure came from in its file, as Excel numbers rows (header = 1). */
  readonly row: Uint32Array
}

class Dictionary {
  readonly values: string[] = []
  private readonly index = new Map<string, number>()
  id(value: string): number {
    let i = this.index.get(value)
    if (i === undefined) {
      i = this.values.length
      this.values.push(value)
      this.index.set(value, i)
    }
    return i
  }
}

function grow<T extends Uint32Array | Float64Array | Uint8Array>(a: T, size: number): T {
  if (size <= a.length) return a
  const next = new (a.constructor as new (n: number) => T)(Math.max(size, a.length * 2))
  next.set(a)
  return next
}

/** A figure's key (region, period, indicator, status) as dictionary codes. */
export interface FigureCodes {
  readonly region: number
  readonly period: number
  readonly indicator: number
  readonly status: number
}

// A key within one period packs region (16 bits), indicator (12) and status (2) into 30 bits: a
// small integer, which a Map hashes fastest. A file past these (none real) falls back to text keys.
const REGIONS = 2 ** 16
const INDICATORS = 2 ** 12

/** Figures by key, for duplicates and diffs: one map of small-integer keys per period. */
export class FigureKeys {
  private readonly byPeriod: Map<number, number>[] = []
  private readonly spelled = new Map<string, number>()

  get(key: FigureCodes): number | undefined {
    if (key.region >= REGIONS || key.indicator >= INDICATORS) return this.spelled.get(spell(key))
    return this.byPeriod[key.period]?.get((key.status * INDICATORS + key.indicator) * REGIONS + key.region)
  }

  set(key: FigureCodes, value: number) {
    if (key.region >= REGIONS || key.indicator >= INDICATORS) {
      this.spelled.set(spell(key), value)
      return
    }
    let map = this.byPeriod[key.period]
    if (!map) this.byPeriod[key.period] = map = new Map()
    map.set((key.status * INDICATORS + key.indicator) * REGIONS + key.region, value)
  }
}

const spell = (k: FigureCodes) => `${k.region}|${k.period}|${k.indicator}|${k.status}`

/** Appends figures one at a time into growing typed arrays. */
export class ColumnsBuilder {
  length = 0
  readonly dicts = {
    region: new Dictionary(),
    indicator: new Dictionary(),
    period: new Dictionary(),
    unit: new Dictionary(),
    source: new Dictionary(),
    note: new Dictionary(),
  }
  private region = new Uint32Array(1024)
  private indicator = new Uint32Array(1024)
  private period = new Uint32Array(1024)
  private value = new Float64Array(1024)
  private status = new Uint8Array(1024)
  private unit = new Uint32Array(1024)
  private source = new Uint32Array(1024)
  private note = new Uint32Array(1024)
  private row = new Uint32Array(1024)

  push(
    o: {
      region: string
      periodKey: string
      indicator: string
      value: number
      unit: string
      status: Status
      source: string
      note: string
    },
    row: number,
  ) {
    const codes = this.codes(o.region, o.periodKey, o.indicator, o.status)
    this.pushCodes(
      codes,
      o.value,
      this.code('unit', o.unit),
      this.code('source', o.source),
      this.code('note', o.note),
      row,
    )
  }

  /** The code of a text in one of the dictionaries (added if new). */
  code(field: keyof ColumnsBuilder['dicts'], text: string): number {
    return this.dicts[field].id(text)
  }

  /** A figure's key as codes, to look it up before pushing it (see FigureKeys). */
  codes(region: string, periodKey: string, indicator: string, status: Status): FigureCodes {
    return {
      region: this.dicts.region.id(region),
      period: this.dicts.period.id(periodKey),
      indicator: this.dicts.indicator.id(indicator),
      status: STATUSES.indexOf(status),
    }
  }

  /** Appends a figure given as codes: no strings looked up twice on the hot path of a big import. */
  pushCodes(key: FigureCodes, value: number, unit: number, source: number, note: number, row: number) {
    const i = this.length++
    if (i >= this.region.length) {
      const n = i + 1
      this.region = grow(this.region, n)
      this.indicator = grow(this.indicator, n)
      this.period = grow(this.period, n)
      this.value = grow(this.value, n)
      this.status = grow(this.status, n)
      this.unit = grow(this.unit, n)
      this.source = grow(this.source, n)
      this.note = grow(this.note, n)
      this.row = grow(this.row, n)
    }
    this.region[i] = key.region
    this.indicator[i] = key.indicator
    this.period[i] = key.period
    this.value[i] = value
    this.status[i] = key.status
    this.unit[i] = unit
    this.source[i] = source
    this.note[i] = note
    this.row[i] = row
  }

  valueAt(i: number): number {
    return this.value[i] ?? Number.NaN
  }

  rowAt(i: number): number {
    return this.row[i] ?? 0
  }

  build(): ObservationColumns {
    const n = this.length
    return {
      length: n,
      regions: this.dicts.region.values,
      region: this.region.slice(0, n),
      indicators: this.dicts.indicator.values,
      indicator: this.indicator.slice(0, n),
      periods: this.dicts.period.values,
      period: this.period.slice(0, n),
      value: this.value.slice(0, n),
      status: this.status.slice(0, n),
      units: this.dicts.unit.values,
      unit: this.unit.slice(0, n),
      sources: this.dicts.source.values,
      source: this.source.slice(0, n),
      notes: this.dicts.note.values,
      note: this.note.slice(0, n),
      row: this.row.slice(0, n),
    }
  }
}

/** The buffers of a columns object, for postMessage's transfer list. */
export function transferables(c: ObservationColumns): ArrayBuffer[] {
  return [c.region, c.indicator, c.period, c.value, c.status, c.unit, c.source, c.note, c.row].map(
    (a) => a.buffer as ArrayBuffer,
  )
}

function parsedPeriod(key: string): Period {
  const p = parsePeriod(key)
  if (!p) throw new Error(`column period ${key} is not canonical`)
  return p
}

function figureAt(c: ObservationColumns, i: number, period: Period): Observation {
  return {
    region: c.regions[c.region[i] ?? 0] ?? '',
    period,
    periodKey: c.periods[c.period[i] ?? 0] ?? '',
    indicator: c.indicators[c.indicator[i] ?? 0] ?? '',
    value: c.value[i] ?? Number.NaN,
    unit: c.units[c.unit[i] ?? 0] ?? '',
    status: STATUSES[c.status[i] ?? 0] ?? 'actual',
    source: c.sources[c.source[i] ?? 0] ?? '',
    note: c.notes[c.note[i] ?? 0] ?? '',
  }
}

/** Observation i of the columns (periods were canonical when pushed). */
export function observationAt(c: ObservationColumns, i: number): Observation {
  return figureAt(c, i, parsedPeriod(c.periods[c.period[i] ?? 0] ?? ''))
}

/** Columns built from observations (for sending the current data to a worker). */
export function columnsOf(observations: readonly Observation[]): ObservationColumns {
  const b = new ColumnsBuilder()
  for (const o of observations) b.push(o, 0)
  return b.build()
}

/** Columns as a dataset layer; each distinct period string is parsed once, not once a figure. */
export function columnsLayer(c: ObservationColumns) {
  const periods = c.periods.map(parsedPeriod)
  return { length: c.length, at: (i: number): Observation => figureAt(c, i, periods[c.period[i] ?? 0] as Period) }
}

/**
 * A byte for each row number up to the largest of `rows`, 1 where the row is one of them: for a
 * million rows a megabyte, and a lookup without hashing.
 */
export function rowMask(rows: ArrayLike<number>): Uint8Array {
  let max = -1
  for (let i = 0; i < rows.length; i++) max = Math.max(max, rows[i] as number)
  const mask = new Uint8Array(max + 1)
  for (let i = 0; i < rows.length; i++) mask[rows[i] as number] = 1
  return mask
}

/** The figures of `c` whose source row is not in `rows` ("import only the valid rows"). */
export function withoutRows(c: ObservationColumns, rows: ArrayLike<number>): ObservationColumns {
  if (rows.length === 0) return c
  const drop = rowMask(rows)
  const keep: number[] = []
  for (let i = 0; i < c.length; i++) if (drop[c.row[i] ?? 0] !== 1) keep.push(i)
  const pick = <T extends Uint32Array | Float64Array | Uint8Array>(a: T): T => {
    const out = new (a.constructor as new (n: number) => T)(keep.length)
    keep.forEach((from, to) => {
      out[to] = a[from] as number
    })
    return out
  }
  return {
    ...c,
    length: keep.length,
    region: pick(c.region),
    indicator: pick(c.indicator),
    period: pick(c.period),
    value: pick(c.value),
    status: pick(c.status),
    unit: pick(c.unit),
    source: pick(c.source),
    note: pick(c.note),
    row: pick(c.row),
  }
}
