import { describe, expect, it } from 'vitest'
import { observationAt } from '@/domain/columns'
import { readBytes } from '../../../../support/importFixture'
import { located, ok } from '../../../../support/readResult'

const utf8 = (text: string) => new Uint8Array(Buffer.from(text, 'utf8'))

describe('a source that is not an http(s) link', () => {
  it('is a warning at its row and column, and the figure is still imported with it as text', async () => {
    const csv = [
      '地区,时期,指标,数值,来源',
      '衡阳市,2022,patent_grants,5183,https://www.hengyang.gov.cn/a.html',
      '衡阳市,2021,patent_grants,4500,javascript:alert(1)',
      '衡阳市,2020,patent_grants,4000,衡阳市知识产权局年报',
      '衡阳市,2019,patent_grants,3500, data:text/html;base64,PHNjcmlwdD4=',
    ].join('\r\n')
    const r = ok(await readBytes(utf8(csv)))
    expect(located(r)).toEqual([
      ['sourceNotLink', 3, 5],
      ['sourceNotLink', 5, 5],
    ])
    expect(r.problems.every((p) => p.severity === 'warning')).toBe(true)
    expect(r.problems[0]?.params).toEqual({ value: 'javascript:alert(1)' })
    expect(r.columns.length).toBe(4)
    const sources = Array.from({ length: r.columns.length }, (_, i) => observationAt(r.columns, i).source)
    expect(sources).toContain('javascript:alert(1)')
  })
})
