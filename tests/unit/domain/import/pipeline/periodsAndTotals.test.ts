import { describe, expect, it } from 'vitest'
import { encode, readBytes } from '../../../../support/importFixture'
import { figures, located, ok } from '../../../../support/readResult'
import { loadEmbedded } from '../../../../support/embedded'
import { arrayLayer, Dataset } from '@/domain/dataset'
import { columnsLayer } from '@/domain/columns'
import { headline } from '@/domain/narrative/headline'
import { periodForKind } from '@/domain/periodKind'
import { formatPeriod, parsePeriod } from '@/domain/period'

const read = (text: string, fileName = 'upload.csv') => readBytes(encode(text, 'gbk'), { fileName })

describe('a table period of several months', () => {
  it('from a title "2023年1-8月…" keeps the months: the Jan–Aug total, not August alone', async () => {
    const r = ok(await read('2023年1-8月湖南省专利授权量统计表\n地区,专利授权量\n长沙市,25858\n'))
    expect(r.mapping.tablePeriod).toBe('2023-01..08')
    expect(figures(r)).toEqual(new Map([['长沙市|2023-01..08|patent_grants', 25858]]))
  })

  it('from a file name too', async () => {
    const r = ok(await read('地区,专利授权量\n长沙市,25858\n', '2023年1-8月专利授权.csv'))
    expect(figures(r)).toEqual(new Map([['长沙市|2023-01..08|patent_grants', 25858]]))
  })

  it('gives a level the end of those months', async () => {
    const r = ok(await read('2025年1-7月有效发明专利\n地区,有效发明专利量\n衡阳市,4558\n'))
    expect(figures(r)).toEqual(new Map([['衡阳市|2025-07|valid_invention_patents', 4558]]))
  })
})

describe('one figure, one key', () => {
  it.each([
    ['2022-12', 'stock', '2022'],
    ['2023-01..08', 'stock', '2023-08'],
    ['2023-08', 'flow', '2023-08..08'],
    ['2023-01..12', 'flow', '2023'],
    ['2023-08', 'stock', '2023-08'],
    ['2022', 'ratio', '2022'],
  ] as const)('%s of a %s is %s', (text, kind, key) => {
    const p = parsePeriod(text)
    expect(p && formatPeriod(periodForKind(p, kind))).toBe(key)
  })

  it('an import "截至2022年12月" replaces the published year-end level', async () => {
    const { dataset } = loadEmbedded()
    const r = ok(await read('地区,时期,指标,数值\n衡阳市,2022年12月,有效发明专利量,3300\n'))
    const ds = await Dataset.layered([arrayLayer(dataset.observations), columnsLayer(r.columns)], dataset.catalogue)
    expect(headline(ds, '衡阳市', 'valid_invention_patents', 2022)?.latest.value).toBe(3300)
  })
})

describe('totals', () => {
  it('are checked per year and indicator, not against the whole column', async () => {
    const r = ok(
      await read(
        '地区,年份,专利授权量\n长沙市,2022,100\n株洲市,2022,50\n全省,2022,150\n长沙市,2023,120\n株洲市,2023,60\n全省,2023,180\n',
      ),
    )
    expect(located(r)).toEqual([])
    const bad = ok(
      await read(
        '地区,年份,专利授权量\n长沙市,2022,100\n株洲市,2022,50\n全省,2022,150\n长沙市,2023,120\n株洲市,2023,60\n全省,2023,181\n',
      ),
    )
    expect(located(bad)).toEqual([['totalMismatch', 7, 3]])
  })
})
