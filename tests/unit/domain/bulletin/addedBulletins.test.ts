import { describe, expect, it } from 'vitest'
import { withAddedBulletins } from '@/domain/bulletin/addedBulletins'
import { bulletinMarkdown } from '@/domain/bulletin/bulletinMarkdown'
import { loadEmbedded } from '../../../support/embedded'

describe('withAddedBulletins', () => {
  const published = loadEmbedded().bulletins
  const issue2 = published[0]
  if (!issue2) throw new Error('no embedded bulletin')

  it('replaces an issue added again (same id) instead of showing it twice', () => {
    const again = bulletinMarkdown({ ...issue2, intro: '编者按原文' })
    const shown = withAddedBulletins(published, [again])
    expect(shown.map((b) => b.id)).toEqual([issue2.id])
    expect(shown[0]?.intro).toBe('编者按原文')
  })

  it('adds a new issue, newest first', () => {
    const next = bulletinMarkdown({ ...issue2, id: 'hengyang-2023-03', issue: '2023年第3期', date: '2023-06-06' })
    expect(withAddedBulletins(published, [next]).map((b) => b.issue)).toEqual(['2023年第3期', '2023年第2期'])
  })
})
