import { squeeze } from '../import/text'
import type { PatentState } from './records'

// Checked in this order, each word a part of the event's name: a rejection after publication
// (发明专利申请公布后的驳回) is a rejection, a partial invalidation (部分无效) leaves a valid patent.
const WORDS: readonly (readonly [PatentState | 'event', readonly string[]])[] = [
  ['valid', ['部分无效', '权利恢复', '恢复']],
  [
    'invalid',
    [
      '失效',
      '无效',
      '撤回',
      '驳回',
      '未缴年费',
      '期限届满',
      '届满',
      '放弃',
      '终止',
      '撤销',
      'invalid',
      'lapsed',
      'expired',
    ],
  ],
  // Events that leave the state as it was: transfers, licences, pledges, changes of particulars.
  ['event', ['转移', '转让', '许可', '质押', '保全', '变更', '著录', '更正', '登记', '备案', '解除']],
  ['pending', ['实质审查', '实审', '审中', '在审', '审查', '公开', '公布', '受理', '复审', 'pending']],
  ['valid', ['有效', '授权', '维持', 'valid', 'granted', 'active']],
]

// A cell may hold one word or the history of events, oldest first.
const SEPARATORS = /[;；,，|、/\n]+/

function classify(word: string, answers: ReadonlyMap<string, PatentState>): PatentState | 'event' | undefined {
  const answered = answers.get(word)
  if (answered) return answered
  const lower = word.toLowerCase()
  for (const [state, parts] of WORDS) if (parts.some((p) => lower.includes(p))) return state
  return undefined
}

export interface ReadStatus {
  readonly state: PatentState
  /** The cell's words, when none of them says the state (the analyst is asked about them). */
  readonly unknown: readonly string[]
}

/**
 * The legal state a status cell stands for: the last word that names a state (events such as a
 * transfer name none). The analyst's `answers` (word → state) come before the built-in words.
 */
export function readLegalStatus(cell: string, answers: ReadonlyMap<string, PatentState>): ReadStatus {
  const words = cell
    .split(SEPARATORS)
    .map(squeeze)
    .filter((w) => w !== '')
  let state: PatentState | undefined
  for (const word of words) {
    const found = classify(word, answers)
    if (found !== undefined && found !== 'event') state = found
  }
  return state ? { state, unknown: [] } : { state: 'unknown', unknown: words }
}
