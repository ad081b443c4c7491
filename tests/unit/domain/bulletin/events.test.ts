import { describe, expect, it } from 'vitest'
import { eventMonths } from '@/domain/bulletin/events'
import { loadEmbedded } from '../../../support/embedded'
import { laterBulletin } from '../../../support/laterBulletin'

const { bulletins } = loadEmbedded()
const embedded = bulletins[0]!

describe('eventMonths', () => {
  it('groups the five publicity-week events of the embedded bulletin into one month, at 2023-04-20', () => {
    const months = eventMonths(bulletins, '衡阳市')
    expect(months).toHaveLength(1)
    expect(months[0]?.month).toEqual({ type: 'month', year: 2023, month: 4 })
    expect(months[0]?.first).toBe('2023-04-20')
    expect(months[0]?.events.map((e) => e.item.date)).toEqual([
      '2023-04-20',
      '2023-04-21',
      '2023-04-25',
      '2023-04-26',
      '2023-04-27',
    ])
  })

  it('gives each month of every bulletin its own group, oldest first, and lists an event two bulletins report once', () => {
    const later = laterBulletin(embedded, 'later', '2025-10-10', [
      ['2025-09-26', '九月活动'],
      ['2025-10-08', '十月活动'],
      // Reported again in the later issue: still one event.
      ['2023-04-27', embedded.items.at(-1)!.title],
    ])
    const months = eventMonths([later, embedded], '衡阳市')
    expect(months.map((m) => [m.first, m.events.length])).toEqual([
      ['2023-04-20', 5],
      ['2025-09-26', 1],
      ['2025-10-08', 1],
    ])
    expect(months[1]?.bulletins.map((b) => b.id)).toEqual(['later'])
  })

  it('has no events for a region no bulletin is about', () => {
    expect(eventMonths(bulletins, '衡南县')).toEqual([])
    expect(eventMonths([], '衡阳市')).toEqual([])
  })
})
