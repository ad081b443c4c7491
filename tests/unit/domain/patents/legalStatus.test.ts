import { describe, expect, it } from 'vitest'
import { readLegalStatus } from '@/domain/patents/legalStatus'

const none = new Map<string, never>()

describe('readLegalStatus', () => {
  it.each([
    ['有效', 'valid'],
    ['授权', 'valid'],
    ['专利权维持', 'valid'],
    ['失效', 'invalid'],
    ['无效', 'invalid'],
    ['视为撤回', 'invalid'],
    ['驳回', 'invalid'],
    ['未缴年费', 'invalid'],
    ['期限届满', 'invalid'],
    ['放弃', 'invalid'],
    ['实质审查', 'pending'],
    ['公开', 'pending'],
    ['审中', 'pending'],
    ['发明专利申请公布后的驳回', 'invalid'],
    ['部分无效', 'valid'],
    ['公开；实质审查的生效；授权', 'valid'],
    ['授权;专利权的转移', 'valid'],
    ['授权|未缴年费专利权终止', 'invalid'],
  ])('%s → %s', (cell, state) => {
    expect(readLegalStatus(cell, none)).toEqual({ state, unknown: [] })
  })

  it('lists the words it does not know, and takes the analyst’s answers first', () => {
    expect(readLegalStatus('PCT 进入国家阶段', none)).toEqual({ state: 'unknown', unknown: ['PCT进入国家阶段'] })
    expect(readLegalStatus('PCT进入国家阶段', new Map([['PCT进入国家阶段', 'pending' as const]])).state).toBe('pending')
    expect(readLegalStatus('', none)).toEqual({ state: 'unknown', unknown: [] })
  })
})
