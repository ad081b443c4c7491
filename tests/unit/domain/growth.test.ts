import { describe, it, expect } from 'vitest'
import { figureYearsBefore, growthMultiple } from '@/domain/growth'
import { formatMultiple } from '@/domain/display/format'
import { parsePeriod, type Period } from '@/domain/period'
import { loadEmbedded } from '../../support/embedded'
import { obs } from '../../support/obsFixture'

function p(text: string): Period {
  const parsed = parsePeriod(text)
  if (!parsed) throw new Error(text)
  return parsed
}

const { dataset } = loadEmbedded()
const vip = dataset.seriesOf('衡阳市', 'valid_invention_patents')

describe('growthMultiple', () => {
  it("shows 衡阳's valid invention patents almost doubled from 2019 (1623) to 2022 (3176)", () => {
    const m = growthMultiple(3176, 1623)
    expect(m).toBeCloseTo(1.957, 3)
    expect(formatMultiple(m ?? 0)).toBe('×1.96')
  })

  it('gives nothing for a missing, zero or non-finite base', () => {
    expect(growthMultiple(3176, undefined)).toBeNull()
    expect(growthMultiple(3176, 0)).toBeNull()
    expect(growthMultiple(3176, Number.NaN)).toBeNull()
    expect(growthMultiple(3176, Infinity)).toBeNull()
  })
})

describe('figureYearsBefore', () => {
  it('finds the 2019 year-end figure three years before 2022', () => {
    expect(figureYearsBefore(vip, p('2022'), 3)).toMatchObject({ periodKey: '2019', value: 1623 })
  })

  it('finds nothing three years before 2025-07 in the data (no 2022-07 figure)', () => {
    expect(figureYearsBefore(vip, p('2025-07'), 3)).toBeUndefined()
  })

  it('does not take a month figure for a year figure, nor an estimate', () => {
    const series = [obs('2019-12', 1623), obs('2019', 1500, { status: 'estimate' })]
    expect(figureYearsBefore(series, p('2022'), 3)).toBeUndefined()
    expect(figureYearsBefore([...series, obs('2019', 1600)], p('2022'), 3)?.value).toBe(1600)
  })

  it('finds the figure one year before among month figures', () => {
    const series = [obs('2024-07', 4100), obs('2024-08', 4150)]
    expect(figureYearsBefore(series, p('2025-07'), 1)?.value).toBe(4100)
  })
})
