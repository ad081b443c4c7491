import { describe, expect, it } from 'vitest'
import { BULLETIN_LIMITS, bulletinProblems } from '@/domain/bulletin/bulletinChecks'
import { readData } from '../../../support/embedded'

const head = (source: string) => [
  '---',
  'id: x',
  'issue: 1',
  'date: 2025-10-10',
  'title: 简报',
  `source: ${source}`,
  '---',
  '',
]
const item = (title: string, summary = '摘要。') => [`## 2025-09-26 ${title}`, '', summary, '']

describe('a bulletin held to the figures’ rules', () => {
  it('finds nothing in the published issue', () => {
    expect(bulletinProblems(readData('bulletins/2023-02.md'), 'b.md')).toEqual([])
  })

  it('warns of a source of another scheme and of markup, at their lines; words and comparisons are text', () => {
    const text = [
      ...head(' javascript:alert(1)'),
      ...item('活动<b>一</b>'),
      ...item('增长率<5%，>3%', '<!-- x -->'),
    ].join('\n')
    expect(bulletinProblems(text, 'b.md').map((p) => [p.severity, p.code, p.row, p.params?.value])).toEqual([
      ['warning', 'sourceNotLink', 6, 'javascript:alert(1)'],
      ['warning', 'htmlInText', 9, '<b>'],
      ['warning', 'htmlInText', 15, '<!-- x -->'],
    ])
    expect(bulletinProblems([...head('衡阳市知识产权局网站'), ...item('活动')].join('\n'), 'b.md')).toEqual([])
  })

  it('refuses events past the limit at the first one too many, and an event past its length at its heading', () => {
    const many = Array.from({ length: BULLETIN_LIMITS.items + 2 }, (_, i) => item(`第${i}项`)).flat()
    expect(bulletinProblems([...head('https://x.invalid/'), ...many].join('\n'), 'b.md')).toEqual([
      {
        severity: 'error',
        code: 'tooManyItems',
        file: 'b.md',
        row: 9 + BULLETIN_LIMITS.items * 4,
        params: { size: BULLETIN_LIMITS.items + 2, max: BULLETIN_LIMITS.items },
      },
    ])
    const long = [...head('https://x.invalid/'), ...item('长', '长'.repeat(BULLETIN_LIMITS.itemChars))].join('\n')
    expect(bulletinProblems(long, 'b.md').map((p) => [p.code, p.row])).toEqual([['itemTooLong', 9]])
  })
})
