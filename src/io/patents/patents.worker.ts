// The patents worker: a records file is decoded, placed and indexed here, once, and the drill-through
// asks it questions; the page never holds a million records, only the rows it shows.
import { expose } from 'comlink'
import type { ApplicantType } from '@/domain/patents/applicant'
import { applicantTypesOf } from '@/domain/patents/applicantTypes'
import { bySector, PatentIndex, type ApplicantQuery } from '@/domain/patents/drill'
import { decodePatentFile } from '@/domain/patents/patentFile'
import { placeAddress, readPlaceLookup, type PlaceLookup } from '@/domain/patents/place'
import { placeRecords } from '@/domain/patents/placeRecords'
import type { Problem } from '@/domain/problem'
import placesCsv from '../../../data/places.csv?raw'

export interface PatentsSetting {
  readonly home: string
  readonly counties: readonly string[]
  /** The place lookup's text (data/places.csv's format) the list goes with; null for the office's own. */
  readonly places: string | null
}

export type PatentsOpened = { ok: true; records: number } | { ok: false; problems: Problem[] }

// The office's lookup of address words, for a list that comes with none; the last other one read is kept.
const office = readPlaceLookup(placesCsv)
let other: { readonly text: string; readonly lookup: PlaceLookup } | undefined
function lookupOf(text: string | null): PlaceLookup {
  if (text === null) return office
  if (other?.text !== text) other = { text, lookup: readPlaceLookup(text) }
  return other.lookup
}
let index: PatentIndex | undefined

const opened = () => {
  if (!index) throw new Error('no patent records opened')
  return index
}

const api = {
  /**
   * Reads a records file (its buffer transferred), places it with its lookup and indexes it, in place
   * of the last one; a file that cannot be read leaves the last one answering.
   */
  open(bytes: Uint8Array, setting: PatentsSetting): PatentsOpened {
    const read = decodePatentFile(bytes)
    if (!read.ok) return read
    const lookup = lookupOf(setting.places)
    const places = placeRecords(read.list, (a) => placeAddress(a, lookup), setting.home)
    const types = applicantTypesOf(read.list.records)
    index = new PatentIndex(read.list.records, places, types, setting.home, setting.counties)
    return { ok: true, records: read.list.records.length }
  },
  regions: () => opened().regions(),
  years: () => opened().years(),
  /** A region's top applicants, each with its yearly trend in that region. */
  applicants(region: string, by: 'validInventions' | 'grants', query: ApplicantQuery) {
    const i = opened()
    return i.applicants(region, by, query).map((row) => ({ ...row, trend: i.trend(row.applicant, region) }))
  },
  /** One page of an applicant's patents, and how many it holds. */
  patents(applicant: number, region: string, offset: number, limit: number) {
    const i = opened()
    return {
      name: i.applicantName(applicant),
      total: i.patentCount(applicant, region),
      items: i.patents(applicant, region, { offset, limit }),
    }
  },
  fields: (region: string, type?: ApplicantType) => bySector(opened().fields(region, type)),
}

expose(api)

export type PatentsApi = typeof api
