import { describe, expect, it } from 'vitest'
import { isRefusedLink, sourceLink } from '@/domain/sourceLink'

describe('sourceLink', () => {
  it.each([
    'http://www.hengyang.gov.cn/amr/a.html',
    'https://www.hunan.gov.cn/x?y=1#z',
    'HTTP://WWW.HUNAN.GOV.CN/',
    'https://example.cn',
  ])('links %s', (source) => {
    expect(sourceLink(source)).toBe(source)
  })

  it.each([
    'javascript:alert(1)',
    'JavaScript:alert(1)',
    ' javascript:alert(1)',
    '\u0001javascript:alert(1)',
    'java\tscript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'http:alert(1)',
    'http:///evil',
    'https://user@example.cn/',
    'https://example.cn/a b',
    'https://example.cn/\u0000',
    ' https://example.cn/',
    '//example.cn/a',
    '/data/observations.csv',
    'observations.csv',
    '衡阳市知识产权局',
    '',
  ])('shows %j as text', (source) => {
    expect(sourceLink(source)).toBeNull()
  })
})

describe('isRefusedLink', () => {
  it.each([
    'javascript:alert(1)',
    ' javascript:alert(1)',
    '\u0001java\tscript:x',
    'data:,x',
    'vbscript:x',
    'file:///etc',
  ])('reports %j', (source) => {
    expect(isRefusedLink(source)).toBe(true)
  })

  it.each(['https://example.cn/', 'observations.csv', '衡阳市知识产权局 2023年报', '', '/a/b'])(
    'leaves %j alone',
    (source) => {
      expect(isRefusedLink(source)).toBe(false)
    },
  )
})
