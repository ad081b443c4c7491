import { describe, it, expect } from 'vitest'
import { Catalogue, NameIndex, normaliseName } from '@/domain/catalogue'
import { loadCatalogue, loadIndicators, loadRegions } from '../../support/embedded'

describe('normaliseName', () => {
  it('folds full-width letters and digits, ideographic spaces, spaces and case', () => {
    expect(normaliseName('ＰＣＴ申请')).toBe('pct申请')
    expect(normaliseName('全\u3000省')).toBe('全省')
    expect(normaliseName(' Patent  Grants ')).toBe('patentgrants')
    expect(normaliseName('PCT国际专利申请量（累计）')).toBe(normaliseName('PCT国际专利申请量(累计)'))
  })
})

describe('NameIndex', () => {
  it('keeps the first entry for a name and ignores empty names', () => {
    const index = new NameIndex<string>([
      [['a', ''], 'first'],
      [['A', 'b'], 'second'],
    ])
    expect(index.find('a')).toBe('first')
    expect(index.find('Ａ')).toBe('first')
    expect(index.find('b')).toBe('second')
    expect(index.find('')).toBeUndefined()
    expect(index.find('c')).toBeUndefined()
  })
})

describe('the embedded catalogue', () => {
  const catalogue = loadCatalogue()

  it('lists every indicator and region of the CSV files once', () => {
    const indicators = loadIndicators()
    const regions = loadRegions()
    expect(catalogue.indicators.size).toBe(indicators.length)
    expect(catalogue.regions.size).toBe(regions.length)
    expect(indicators.length).toBe(78)
    expect(regions.length).toBe(28)
  })

  it("has Hunan's 14 prefecture-level cities, in catalogue order, with 衡阳市 among them", () => {
    const cities = catalogue.citiesOf('湖南省').map((c) => c.name)
    expect(cities).toEqual([
      '长沙市',
      '株洲市',
      '湘潭市',
      '衡阳市',
      '邵阳市',
      '岳阳市',
      '常德市',
      '张家界市',
      '益阳市',
      '郴州市',
      '永州市',
      '怀化市',
      '娄底市',
      '湘西土家族苗族自治州',
    ])
    expect(catalogue.citiesOf('衡阳市')).toEqual([])
  })

  it('finds regions by short name, English name and alias', () => {
    expect(catalogue.findRegion('张家界')?.name).toBe('张家界市')
    expect(catalogue.findRegion('衡阳')?.name).toBe('衡阳市')
    expect(catalogue.findRegion('Hengyang')?.name).toBe('衡阳市')
    expect(catalogue.findRegion('hengyang')?.name).toBe('衡阳市')
    expect(catalogue.findRegion('湘西州')?.name).toBe('湘西土家族苗族自治州')
    expect(catalogue.findRegion('全 省')?.name).toBe('湖南省')
    expect(catalogue.findRegion('全\u3000省')?.name).toBe('湖南省')
    expect(catalogue.findRegion('衡阳县')?.name).toBe('衡阳县')
    expect(catalogue.findRegion('衡东')?.level).toBe('county')
    expect(catalogue.findRegion('北京')).toBeUndefined()
  })

  it('finds indicators by id, Chinese name, English name and aliases (also full width)', () => {
    expect(catalogue.findIndicator('有效商标注册')?.id).toBe('valid_trademarks')
    expect(catalogue.findIndicator('有效注册商标量')?.id).toBe('valid_trademarks')
    expect(catalogue.findIndicator('专利授权量')?.id).toBe('patent_grants')
    expect(catalogue.findIndicator('Patent grants')?.id).toBe('patent_grants')
    expect(catalogue.findIndicator('万人有效发明专利')?.id).toBe('invention_patents_per_10k')
    expect(catalogue.findIndicator('ＰＣＴ申请')?.id).toBe('pct_applications')
    expect(catalogue.findIndicator('PCT国际专利申请量（累计）')?.id).toBe('pct_applications_cumulative')
    expect(catalogue.findIndicator('职务-大专院校')?.id).toBe('patent_grants_university')
    expect(catalogue.findIndicator('valid_invention_patents')?.kind).toBe('stock')
    expect(catalogue.findIndicator('商标')).toBeUndefined()
  })

  it('looks up canonical ids and names exactly', () => {
    expect(catalogue.indicator('invention_patents_per_10k')?.unit).toBe('件/万人')
    expect(catalogue.indicator('invention_patents_per_10k')?.kind).toBe('ratio')
    expect(catalogue.indicator('有效发明专利')).toBeUndefined()
    expect(catalogue.region('衡阳市')?.nameEn).toBe('Hengyang')
    expect(catalogue.region('衡阳')).toBeUndefined()
  })

  it('decomposes valid invention patents by holder type', () => {
    expect(catalogue.partsOf('valid_invention_patents').map((i) => i.id)).toEqual([
      'valid_invention_patents_service',
      'valid_invention_patents_individual',
    ])
    expect(catalogue.partsOf('valid_invention_patents_service').map((i) => i.id)).toEqual([
      'valid_invention_patents_university',
      'valid_invention_patents_research',
      'valid_invention_patents_enterprise',
      'valid_invention_patents_agency',
    ])
    expect(catalogue.partsOf('geographical_indications').map((i) => i.id)).toEqual(['gi_trademarks'])
    expect(catalogue.partsOf('valid_trademarks')).toEqual([])
    expect(catalogue.leavesOf('valid_invention_patents').map((i) => [i.id, i.shortZh])).toEqual([
      ['valid_invention_patents_university', '大专院校'],
      ['valid_invention_patents_research', '科研单位'],
      ['valid_invention_patents_enterprise', '工矿企业'],
      ['valid_invention_patents_agency', '机关团体'],
      ['valid_invention_patents_individual', '个人（非职务）'],
    ])
    expect(catalogue.leavesOf('valid_trademarks')).toEqual([])
  })
})

describe('Catalogue built by hand', () => {
  it('lets the first indicator keep a name two indicators share', () => {
    const c = new Catalogue(
      [
        { id: 'a', nameZh: '甲', nameEn: 'A', unit: '件', kind: 'flow', parent: '', aliases: ['共用'] },
        { id: 'b', nameZh: '乙', nameEn: 'B', unit: '件', kind: 'stock', parent: 'a', aliases: ['共用'] },
      ],
      [],
    )
    expect(c.findIndicator('共用')?.id).toBe('a')
    expect(c.findIndicator('乙')?.id).toBe('b')
    expect(c.partsOf('a').map((i) => i.id)).toEqual(['b'])
    expect(c.citiesOf('湖南省')).toEqual([])
  })
})
