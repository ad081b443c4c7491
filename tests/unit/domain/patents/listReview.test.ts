import { describe, expect, it } from 'vitest'
import { lookupParks, unplacedAddresses, validInventionsByType } from '@/domain/patents/listReview'
import { readPlaceLookup } from '@/domain/patents/place'
import type { PatentPlaces } from '@/domain/patents/placeRecords'
import { stateCode, typeCode, type PatentRecords } from '@/domain/patents/records'

// Five records: two at an unplaced address, one in a park, one in a county, one outside.
const addresses = ['衡阳市甲路1号', '衡阳市高新区乙路2号', '衡阳市蒸湘区丙路3号', '长沙市丁路4号']
const records = {
  length: 5,
  address: Uint32Array.from([0, 1, 0, 2, 3]),
  addresses,
  applicant: Uint32Array.from([0, 1, 0, 1, 1]),
  applicants: ['示例大学', '示例公司'],
  type: Uint8Array.from([0, 0, 0, 0, 0].map(() => typeCode('invention'))),
  state: Uint8Array.from(['valid', 'valid', 'invalid', 'valid', 'valid'].map((s) => stateCode(s as 'valid'))),
} as unknown as PatentRecords
const places: PatentPlaces = {
  kind: Uint8Array.from([2, 1, 2, 0, 3]),
  region: Uint16Array.from([0, 0, 0, 0, 0]),
  regions: ['蒸湘区'],
  parks: ['衡阳高新技术产业开发区'],
  counts: { county: 1, park: 1, unplaced: 2, outside: 1 },
  problems: [],
}

describe('the preview’s lists of a patent list', () => {
  it('lists the addresses placed in no county, the most records first, with their park', () => {
    expect(unplacedAddresses(records, places, 10)).toEqual([
      { address: '衡阳市甲路1号', count: 2, park: '' },
      { address: '衡阳市高新区乙路2号', count: 1, park: '衡阳高新技术产业开发区' },
    ])
    expect(unplacedAddresses(records, places, 1)).toHaveLength(1)
  })

  it("counts the city's valid invention patents by their first applicant's type, outside records left out", () => {
    expect(validInventionsByType(records, places, Uint8Array.from([0, 2]))).toEqual({
      university: 1,
      research: 0,
      enterprise: 2,
      agency: 0,
      individual: 0,
    })
  })

  it('names each park of the lookup once', () => {
    const lookup = readPlaceLookup(
      'words,target,kind\n高新区,衡阳高新区,park\n高新技术开发区,衡阳高新区,park\n蒸湘,蒸湘区,county\n',
    )
    expect(lookupParks(lookup)).toEqual(['衡阳高新区'])
  })
})
