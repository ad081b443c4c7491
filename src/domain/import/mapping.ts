import type { Status } from '../observation'

/** What a column holds. A 'measure' column holds figures; the others say what a row's figures are. */
export type ColumnRole =
  'region' | 'period' | 'indicator' | 'measure' | 'unit' | 'status' | 'source' | 'note' | 'rank' | 'ignore'

export interface ColumnMapping {
  readonly index: number
  /** The header as the file has it (two header rows joined "group-sub"). */
  readonly header: string
  readonly role: ColumnRole
  /** For a measure column: the indicator its figures are of, unless rows name one. */
  readonly indicator?: string
  /** For a measure column: the period its figures are of, unless rows name one (canonical key). */
  readonly period?: string
  /** The unit the header names ("万件"), applied to the indicator's unit as a multiplier. */
  readonly unit?: string
  /** For a measure column of a regions-as-columns table: the region its header names. */
  readonly region?: string
  /** For a rank column: the 0-based index of the column it ranks, checked and never imported. */
  readonly ranks?: number
}

/** The layouts a statistics office produces. */
export type Shape = 'long' | 'periodRows' | 'indicatorRows' | 'regionRows' | 'regionColumns' | 'unknown'

/**
 * How a file's cells become figures. Everything here is shown to the analyst and can be edited;
 * the normaliser follows it to the letter.
 */
export interface Mapping {
  readonly shape: Shape
  /** 0-based index of the (last) header row; rows after it are data. */
  readonly headerRow: number
  /** How many header rows (up to 3: merged groups, sub-headers, units on a row of their own). */
  readonly headerRows: number
  /** Lines above the header (titles, notes). */
  readonly titles: readonly string[]
  readonly columns: readonly ColumnMapping[]
  /** The region of rows that name none (the home region, shown, unless the title names another). */
  readonly region: string
  /** Whether `region` came from the file (title, file name) rather than the default. */
  readonly regionFrom: 'file' | 'default'
  /** The period of the table (from a header cell, the title or the file name), as canonical text. */
  readonly tablePeriod?: string
  /** Where the table period was found. */
  readonly tablePeriodFrom?: 'title' | 'fileName' | 'analyst'
  /** The indicator the table is about, from its title or file name ("有效发明专利统计表"). */
  readonly tableIndicator?: string
  readonly status: Status
  readonly source: string
}

/** Where each role is in a mapped file's rows (0-based indexes), and the columns of figures. */
export interface RoleColumns {
  readonly region?: number
  readonly period?: number
  readonly indicator?: number
  readonly unit?: number
  readonly status?: number
  readonly source?: number
  readonly note?: number
  readonly measures: readonly ColumnMapping[]
  /** Rank columns, each checked against the column it ranks. */
  readonly ranks: readonly ColumnMapping[]
}

export function roleColumns(mapping: Mapping): RoleColumns {
  const col = (role: ColumnRole) => mapping.columns.find((c) => c.role === role)?.index
  return {
    region: col('region'),
    period: col('period'),
    indicator: col('indicator'),
    unit: col('unit'),
    status: col('status'),
    source: col('source'),
    note: col('note'),
    measures: mapping.columns.filter((c) => c.role === 'measure'),
    ranks: mapping.columns.filter((c) => c.role === 'rank'),
  }
}
