import { describe, expect, it } from 'vitest'
import { readPatentDate } from '@/domain/patents/patentDate'

describe('readPatentDate', () => {
  it.each([
    ['2023.05.12', 20230512],
    ['2023-05-12', 20230512],
    ['2023/5/12', 20230512],
    ['2023年5月12日', 20230512],
    ['20230512', 20230512],
    ['２０２３－０５－１２', 20230512],
    ['2023-05-12 00:00:00', 20230512],
    ['45058', 20230512],
    ['', 0],
    ['2023-02-30', undefined],
    ['2024-02-29', 20240229],
    ['2023-13-01', undefined],
    ['20231301', undefined],
    ['12345', undefined],
    ['不详', undefined],
  ])('%s → %s', (text, day) => {
    expect(readPatentDate(text)).toBe(day)
  })
})
