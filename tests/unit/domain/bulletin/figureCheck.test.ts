import { describe, it, expect } from 'vitest'
import { parseBulletin, type BulletinItem, type CitedFigure } from '@/domain/bulletin/bulletin'
import { checkClaim, checkFigure } from '@/domain/bulletin/figureCheck'
import { formatMultiple } from '@/domain/display/format'
import { loadBulletinText, loadEmbedded } from '../../../support/embedded'

const { dataset } = loadEmbedded()

function pressConference(): BulletinItem {
  const item = parseBulletin(loadBulletinText(), 'bulletins/2023-02.md').bulletin?.items.find(
    (i) => i.date === '2023-04-25',
  )
  if (!item) throw new Error('the 2023-04-25 item is missing')
  return item
}

describe('checkFigure', () => {
  it('finds all six figures the 2023-04-25 press conference cites in the dataset', () => {
    const item = pressConference()
    expect(item.figures).toHaveLength(6)
    for (const f of item.figures) expect(checkFigure(f, dataset), f.indicator).toEqual({ status: 'match', figure: f })
  })

  it('reports a figure that differs from the dataset with both values and the data’s source', () => {
    const cited: CitedFigure = { region: '衡阳市', periodKey: '2022', indicator: 'patent_grants', value: 5138 }
    expect(checkFigure(cited, dataset)).toEqual({
      status: 'differs',
      figure: cited,
      datasetValue: 5183,
      datasetSource: 'https://www.hengyang.gov.cn/amr/ztzl/yhyshj/zscqczyyhbh/zscqggfw/20230619/i3033276.html',
    })
    const ratio: CitedFigure = {
      region: '衡阳市',
      periodKey: '2022',
      indicator: 'invention_patents_per_10k',
      value: 4.52,
    }
    expect(checkFigure(ratio, dataset)).toMatchObject({ status: 'differs', datasetValue: 4.8 })
  })

  it('reports a figure the dataset does not have as missing', () => {
    expect(
      checkFigure({ region: '衡阳市', periodKey: '2021', indicator: 'patent_grants', value: 4000 }, dataset).status,
    ).toBe('missing')
    expect(
      checkFigure({ region: '衡阳市', periodKey: '2022-01..12', indicator: 'pct_applications', value: 42 }, dataset)
        .status,
    ).toBe('missing')
  })

  it('does not confirm a figure with an estimate', () => {
    expect(
      checkFigure({ region: '衡东县', periodKey: '2020', indicator: 'patent_grants', value: 320 }, dataset).status,
    ).toBe('missing')
  })
})

describe('checkClaim: "各项指标较3年前均实现翻番"', () => {
  const item = pressConference()
  const claim = item.claims[0]
  if (!claim) throw new Error('the claim is missing')

  it('checks each of the six cited figures', () => {
    expect(checkClaim(claim, item.figures, dataset).map((c) => c.indicator)).toEqual(
      item.figures.map((f) => f.indicator),
    )
  })

  it('holds for valid invention patents: 3176 against 1623 in 2019 is ×1.96', () => {
    const vip = checkClaim(claim, item.figures, dataset).find((c) => c.indicator === 'valid_invention_patents')
    expect(vip).toMatchObject({ value: 3176, baseValue: 1623, holds: true })
    expect(vip?.multiple).toBeCloseTo(1.957, 3)
    expect(formatMultiple(vip?.multiple ?? 0)).toBe('×1.96')
  })

  it('cannot be checked for the five figures without a 2019 base in the data', () => {
    const others = checkClaim(claim, item.figures, dataset).filter((c) => c.indicator !== 'valid_invention_patents')
    expect(others).toHaveLength(5)
    for (const c of others) {
      expect(c.holds, c.indicator).toBeNull()
      expect(c.multiple, c.indicator).toBeNull()
      expect(c.baseValue, c.indicator).toBeUndefined()
    }
  })

  it('does not hold with a tighter tolerance than the 2% shortfall, nor for a tripling claim', () => {
    const strict = checkClaim(claim, item.figures, dataset, 0.01).find((c) => c.indicator === 'valid_invention_patents')
    expect(strict?.holds).toBe(false)
    const tripled = checkClaim({ ...claim, multiple: 3 }, item.figures, dataset).find(
      (c) => c.indicator === 'valid_invention_patents',
    )
    expect(tripled?.holds).toBe(false)
  })

  it('ignores figures of another period or region', () => {
    const figures: CitedFigure[] = [
      { region: '衡阳市', periodKey: '2025-07', indicator: 'valid_invention_patents', value: 4558 },
      { region: '衡东县', periodKey: '2022', indicator: 'valid_invention_patents', value: 200 },
    ]
    expect(checkClaim(claim, figures, dataset)).toEqual([])
  })
})
