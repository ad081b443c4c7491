import { describe, expect, it } from 'vitest'
import { placeAddress, readPlaceLookup, type Placement } from '@/domain/patents/place'
import { loadRegions, readData } from '../../../support/embedded'

const lookup = readPlaceLookup(readData('places.csv'))
const county = (region: string): Placement => ({ kind: 'county', region })
const park = (name: string): Placement => ({ kind: 'park', park: name })
const UNPLACED: Placement = { kind: 'unplaced' }
const OUTSIDE: Placement = { kind: 'outside' }

describe('the lookup file data/places.csv', () => {
  it('reads every row as a rule', () => {
    expect(lookup.skipped).toEqual([])
    expect(lookup.rules.length).toBeGreaterThan(50)
  })

  it("names each of 衡阳's counties and districts as data/regions.csv does, and only them", () => {
    const counties = loadRegions()
      .filter((r) => r.level === 'county' && r.parent === '衡阳市')
      .map((r) => r.name)
    expect(counties).toHaveLength(12)
    const targets = new Set(lookup.rules.filter((r) => r.kind === 'county').map((r) => r.target))
    expect([...targets].sort()).toEqual([...counties].sort())
  })

  it("holds Hunan's other cities as places outside", () => {
    const cities = loadRegions()
      .filter((r) => r.level === 'city' && r.parent === '湖南省' && r.name !== '衡阳市')
      .map((r) => r.name)
    const outside = new Set(lookup.rules.filter((r) => r.kind === 'outside').map((r) => r.target))
    for (const city of cities) expect(outside.has(city), city).toBe(true)
  })

  it('gives no word two meanings', () => {
    const words = lookup.rules.flatMap((r) => r.words)
    expect(words.length).toBe(new Set(words).size)
  })
})

describe('placeAddress', () => {
  it.each([
    ['湖南省衡阳市珠晖区东风南路10号', '珠晖区'],
    ['衡阳市珠晖区茶山坳镇工业园', '珠晖区'],
    ['湖南省衡阳市珠晖区酃湖乡和平村', '珠晖区'],
    ['湖南省衡阳市雁峰区白沙洲工业园区长丰大道5号', '雁峰区'],
    ['衡阳市雁峰区先锋路12号', '雁峰区'],
    ['湖南省衡阳市白沙洲工业园区', '雁峰区'],
    ['湖南省衡阳市石鼓区人民路1号', '石鼓区'],
    ['湖南省衡阳市石鼓区角山镇', '石鼓区'],
    ['湖南省衡阳市蒸湘区船山大道3号', '蒸湘区'],
    ['湖南省衡阳市蒸湘区呆鹰岭镇', '蒸湘区'],
    ['湖南省衡阳市南岳区祝融路', '南岳区'],
    ['湖南省南岳区南岳镇', '南岳区'],
    ['湖南省衡阳市衡阳县西渡镇蒸阳北路', '衡阳县'],
    ['衡阳县西渡镇', '衡阳县'],
    ['湖南省衡阳市衡阳县渣江镇', '衡阳县'],
    ['湖南省衡阳市衡南县云集镇', '衡南县'],
    ['湖南省衡南县车江镇工业园', '衡南县'],
    ['衡阳市衡山县开云镇', '衡山县'],
    ['湖南省衡山县店门镇', '衡山县'],
    ['湖南省衡阳市衡东县洣水镇', '衡东县'],
    ['湖南省衡东县经济开发区', '衡东县'],
    ['湖南省衡阳市祁东县洪桥街道', '祁东县'],
    ['湖南省祁东县归阳镇', '祁东县'],
    ['湖南省衡阳市耒阳市蔡子池街道', '耒阳市'],
    ['湖南省耒阳市五里牌街道', '耒阳市'],
    ['耒阳市经济开发区', '耒阳市'],
    ['湖南省衡阳市常宁市宜阳街道', '常宁市'],
    ['湖南省常宁市水口山镇', '常宁市'],
  ])('places %s in %s', (address, region) => {
    expect(placeAddress(address, lookup)).toEqual(county(region))
  })

  it.each([
    ['an address naming both 衡阳市 and 衡阳县 belongs to the county', '湖南省衡阳市衡阳县西渡镇', '衡阳县'],
    ['the city then 衡南县', '衡阳市衡南县云集镇', '衡南县'],
    ['a county-level city without 衡阳市', '湖南省耒阳市蔡子池街道', '耒阳市'],
    ['a postcode first', '421001 湖南省衡阳市蒸湘区', '蒸湘区'],
    ['a postcode stuck to the address', '421800湖南省耒阳市', '耒阳市'],
    ['省 and 市 missing', '湖南衡阳雁峰区黄茶岭', '雁峰区'],
    ['short names only', '湖南衡阳珠晖', '珠晖区'],
    ['full-width characters and spaces', '４２１００１　湖南省 衡阳市 石鼓区', '石鼓区'],
    ['a town alone', '湖南省洪桥镇', '祁东县'],
    ['a county named before a park', '湖南省衡阳市石鼓区松木经济开发区', '石鼓区'],
    ['the first county named, not a road named after another', '衡阳市蒸湘区衡山路8号', '蒸湘区'],
    ['a county-level development zone', '湖南省衡阳市衡阳县西渡高新区', '衡阳县'],
  ])('%s: %s → %s', (_why, address, region) => {
    expect(placeAddress(address, lookup)).toEqual(county(region))
  })

  it.each([
    ['湖南省衡阳市高新区华新开发区', '衡阳高新技术产业开发区'],
    ['衡阳市高新技术产业开发区解放大道', '衡阳高新技术产业开发区'],
    ['湖南省衡阳高新区', '衡阳高新技术产业开发区'],
    ['湖南省衡阳市综保区', '衡阳综合保税区'],
    ['衡阳综合保税区', '衡阳综合保税区'],
    ['湖南省衡阳市松木经济开发区', '松木经济开发区'],
    ['衡阳市松木经开区', '松木经济开发区'],
    ['湖南衡阳经开区', '松木经济开发区'],
  ])('lists a park address %s under %s, not by county', (address, name) => {
    expect(placeAddress(address, lookup)).toEqual(park(name))
  })

  it.each(['湖南省衡阳市解放大道8号', '衡阳市雁城路', '421001', '', '   ', '湖南省衡阳市', '衡阳', '船山路8号'])(
    'reads %j as in 衡阳 with no county',
    (address) => {
      expect(placeAddress(address, lookup)).toEqual(UNPLACED)
    },
  )

  it.each([
    '长沙市岳麓区衡阳路12号',
    '湖南省长沙市岳麓区衡阳路12号',
    '广东省深圳市南山区科技园',
    '湖南省株洲市天元区',
    '湖南省株洲市衡阳北路3号',
    '湖南湘潭市岳塘区',
    '北京市海淀区中关村',
    '上海市浦东新区衡阳街',
    '深圳市南山区衡阳路',
    '湖南省浏阳市',
    '湖南省宁乡县',
    '江西省吉安市',
    '湖南省郴州市北湖区',
    '湘西土家族苗族自治州吉首市',
    '香港九龙',
  ])('leaves out %s as outside the city', (address) => {
    expect(placeAddress(address, lookup)).toEqual(OUTSIDE)
  })

  it('keeps the city once named, whatever a later road or shop is called', () => {
    expect(placeAddress('湖南省衡阳市广东路', lookup)).toEqual(UNPLACED)
    expect(placeAddress('衡阳市珠晖区广东路街道', lookup)).toEqual(county('珠晖区'))
    expect(placeAddress('衡阳市长沙银行大厦', lookup)).toEqual(UNPLACED)
  })

  it('reads a place name followed by a road word as a road, and 街道 as a place', () => {
    expect(placeAddress('广东大道88号', lookup)).toEqual(UNPLACED)
    expect(placeAddress('湖南省衡阳市长沙北路', lookup)).toEqual(UNPLACED)
    expect(placeAddress('江西街5号', lookup)).toEqual(UNPLACED)
    expect(placeAddress('湖南省衡阳市蔡子池街道', lookup)).toEqual(county('耒阳市'))
    expect(placeAddress('衡阳东站', lookup)).toEqual(UNPLACED)
  })

  it('answers a repeated address from memory with the same placement', () => {
    const first = placeAddress('湖南省衡阳市蒸湘区', lookup)
    expect(placeAddress('湖南省衡阳市蒸湘区', lookup)).toBe(first)
  })
})

describe('readPlaceLookup', () => {
  it('skips a row with an unknown kind, no target or no word, and names its line', () => {
    const own = readPlaceLookup(
      [
        '# comment, with a comma',
        'words,target,kind',
        '珠晖,珠晖区,county',
        '雁峰,雁峰区,district',
        ',石鼓区,county',
        '蒸湘,,county',
      ].join('\n'),
    )
    expect(own.rules).toHaveLength(1)
    expect(own.skipped).toEqual([4, 5, 6])
  })

  it('reads columns in any order and words in any width', () => {
    const own = readPlaceLookup('kind,target,words\ncounty,珠晖区,珠晖 区|ＺＨ\n')
    expect(own.rules).toEqual([{ kind: 'county', target: '珠晖区', words: ['珠晖区', 'ZH'] }])
  })
})
