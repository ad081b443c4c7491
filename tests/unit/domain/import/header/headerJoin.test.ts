import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { joinHeaderRows } from '@/domain/import/header/headerJoin'

describe('joinHeaderRows', () => {
  it.each([
    [
      'a unit alone under its column',
      [
        ['常住人口', '专利密度'],
        ['(万人)', '(件/万人)'],
      ],
      ['常住人口(万人)', '专利密度(件/万人)'],
    ],
    [
      'months under a flow',
      [
        ['当年授权量', '当月授权量'],
        ['(1-8月)', '(8月)'],
      ],
      ['当年授权量(1-8月)', '当月授权量(8月)'],
    ],
    [
      'a vertical merge repeated down',
      [
        ['地区', '职务'],
        ['地区', '个人'],
      ],
      ['地区', '职务-个人'],
    ],
    [
      'a group repeated across',
      [
        ['职务', '职务', '排名'],
        ['大专院校', '工矿企业', '排名'],
      ],
      ['职务-大专院校', '职务-工矿企业', '排名'],
    ],
    [
      'a label over nothing is no group',
      [
        ['地区', '', '职务'],
        ['', '2020年11月', '个人'],
      ],
      ['地区', '2020年11月', '职务-个人'],
    ],
    [
      'a lower group ends where the group above it ends',
      [
        ['非职务', '常住人口'],
        ['个人', ''],
        ['(件)', '(万人)'],
      ],
      ['非职务-个人(件)', '常住人口(万人)'],
    ],
    [
      'a unit is never a group',
      [
        ['人口', ''],
        ['(万人)', ''],
      ],
      ['人口(万人)', ''],
    ],
  ])('%s', (_, rows, headers) => {
    expect(joinHeaderRows(rows)).toEqual(headers)
  })

  // A merged group reaches the importer either as its label and blanks (a CSV saved from Excel) or
  // as its label repeated across (a workbook's merge expanded); both are the same table.
  const label = fc.stringMatching(/^[一-龥]{1,4}$/)
  const layout = fc.array(
    fc.record({ group: label, parts: fc.uniqueArray(label, { minLength: 1, maxLength: 4 }), repeat: fc.boolean() }),
    { minLength: 1, maxLength: 5 },
  )
  it('joins a merged group the same however it was spread', () => {
    fc.assert(
      fc.property(layout, (groups) => {
        const top = (repeat: (g: { repeat: boolean }) => boolean) =>
          groups.flatMap((g) => g.parts.map((_, i) => (i === 0 || repeat(g) ? g.group : '')))
        const sub = groups.flatMap((g) => g.parts)
        const joined = groups.flatMap((g) => g.parts.map((p) => (p === g.group ? p : `${g.group}-${p}`)))
        expect(joinHeaderRows([top((g) => g.repeat), sub])).toEqual(joined)
        expect(joinHeaderRows([top(() => false), sub])).toEqual(joined)
        expect(joinHeaderRows([top(() => true), sub])).toEqual(joined)
      }),
    )
  })
})
