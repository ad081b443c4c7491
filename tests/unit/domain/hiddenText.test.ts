import { describe, expect, it } from 'vitest'
import { hiddenCharacter } from '@/domain/hiddenText'

describe('characters a name may not hold', () => {
  it.each([
    ['\u200b', 'U+200B'],
    ['\u200c', 'U+200C'],
    ['\u200d', 'U+200D'],
    ['\u200e', 'U+200E'],
    ['\u200f', 'U+200F'],
    ['\u2060', 'U+2060'],
    ['\u2064', 'U+2064'],
    ['\ufeff', 'U+FEFF'],
    ['\u061c', 'U+061C'],
    ['\u202e', 'U+202E'],
    ['\u2066', 'U+2066'],
    ['\u{e0000}', 'U+E0000'],
    ['\u{e0041}', 'U+E0041'],
    ['\u{e007f}', 'U+E007F'],
    ['\ud800', 'U+D800'],
    ['\udc00', 'U+DC00'],
  ])('finds %j as %s, and shows where it is', (c, name) => {
    expect(hiddenCharacter(`假${c}县`)).toEqual({ char: name, shown: `假⟨${name}⟩县` })
  })

  it.each([['衡阳市'], ['Hengyang'], ['件/万人'], ['𠀋'], ['👩‍💻'.replace('\u200d', '')], ['\u{e0080}'], ['\u2065']])(
    'leaves %j alone: real characters, a pair of surrogates, the neighbours of the ranges',
    (text) => {
      expect(hiddenCharacter(text)).toBeNull()
    },
  )

  it('marks every one, and names the first', () => {
    expect(hiddenCharacter('a\u2060b\u200bc')).toEqual({ char: 'U+2060', shown: 'a⟨U+2060⟩b⟨U+200B⟩c' })
  })
})
