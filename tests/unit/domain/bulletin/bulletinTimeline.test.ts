import { describe, expect, it } from 'vitest'
import { bulletinYears, latestBulletin, timeline } from '@/domain/bulletin/bulletinTimeline'
import { loadEmbedded } from '../../../support/embedded'
import { laterBulletin } from '../../../support/laterBulletin'

const embedded = loadEmbedded().bulletins[0]!
const later = laterBulletin(embedded, 'later-2025', '2025-10-10', [['2025-09-26', '九月活动']])
const sameYear = laterBulletin(embedded, 'later-2023', '2023-11-02', [['2023-10-30', '十月活动']])
const county = { ...laterBulletin(embedded, 'county', '2026-01-05', []), region: '衡南县' }
const all = [embedded, later, sameYear, county]

describe('the bulletins timeline', () => {
  it('puts the newest issue first, whatever order the manifest lists them in', () => {
    expect(timeline(all).map((b) => b.id)).toEqual(['county', 'later-2025', 'later-2023', embedded.id])
  })

  it('offers the years with a bulletin, newest first, and filters by one of them', () => {
    expect(bulletinYears(all)).toEqual([2026, 2025, 2023])
    expect(timeline(all, 2023).map((b) => b.id)).toEqual(['later-2023', embedded.id])
    expect(timeline(all, 2024)).toEqual([])
    expect(timeline(all)).toHaveLength(4)
  })

  it('takes the latest bulletin about the region for the overview and the screen', () => {
    expect(latestBulletin(all, '衡阳市')?.id).toBe('later-2025')
    expect(latestBulletin([embedded], '衡阳市')?.id).toBe(embedded.id)
    expect(latestBulletin(all, '耒阳市')).toBeUndefined()
  })
})
