import { describe, expect, it } from 'vitest'
import { applicantType, normaliseApplicant, splitNames, APPLICANT_TYPES } from '@/domain/patents/applicant'

describe('normaliseApplicant', () => {
  it.each([
    ['衡阳市 华新 科技有限公司', '衡阳市华新科技有限公司'],
    ['　衡阳师范学院　', '衡阳师范学院'],
    ['国网湖南省电力有限公司（衡阳供电分公司）', '国网湖南省电力有限公司(衡阳供电分公司)'],
    ['国网湖南省电力有限公司 (衡阳供电分公司)', '国网湖南省电力有限公司(衡阳供电分公司)'],
    ['衡阳某某投资中心【有限合伙】', '衡阳某某投资中心(有限合伙)'],
    ['ＳＡＮＹ  Heavy   Industry Co.,  Ltd.', 'SANY Heavy Industry Co., Ltd.'],
    ['湖南 SANY 机械有限公司', '湖南SANY机械有限公司'],
  ])('makes %j uniform as %j', (raw, uniform) => {
    expect(normaliseApplicant(raw)).toBe(uniform)
  })

  it('keeps legal forms apart', () => {
    expect(normaliseApplicant('衡阳某某有限公司')).not.toBe(normaliseApplicant('衡阳某某有限责任公司'))
    expect(normaliseApplicant('衡阳某某股份有限公司')).not.toBe(normaliseApplicant('衡阳某某有限公司'))
  })
})

describe('splitNames', () => {
  it.each([
    ['南华大学；衡阳市中心医院', ['南华大学', '衡阳市中心医院']],
    ['南华大学;衡阳市中心医院; 张三', ['南华大学', '衡阳市中心医院', '张三']],
    ['南华大学|衡阳师范学院', ['南华大学', '衡阳师范学院']],
    ['张三、李四、王五', ['张三', '李四', '王五']],
    ['张三,李四，王五', ['张三', '李四', '王五']],
    ['衡阳某某投资中心(有限合伙);张三', ['衡阳某某投资中心(有限合伙)', '张三']],
    [
      '国网湖南省电力有限公司（衡阳供电分公司；检修公司）；南华大学',
      ['国网湖南省电力有限公司(衡阳供电分公司;检修公司)', '南华大学'],
    ],
    ['SANY Heavy Industry Co., Ltd.; 南华大学', ['SANY Heavy Industry Co., Ltd.', '南华大学']],
    ['Foo Inc, Bar Corp., Ltd', ['Foo Inc', 'Bar Corp., Ltd']],
    ['南华大学；；', ['南华大学']],
    ['', []],
  ])('splits %j', (cell, names) => {
    expect(splitNames(cell)).toEqual(names)
  })
})

describe('applicantType', () => {
  it('has the five kinds of the province tables', () => {
    expect(APPLICANT_TYPES).toEqual(['university', 'research', 'enterprise', 'agency', 'individual'])
  })

  it.each([
    ['南华大学', 'university'],
    ['衡阳师范学院', 'university'],
    ['湖南工学院', 'university'],
    ['湖南环境生物职业技术学院', 'university'],
    ['湖南财经工业职业技术学院', 'university'],
    ['衡阳幼儿师范高等专科学校', 'university'],
    ['湖南大学机械与运载工程学院', 'university'],
    ['中国科学院大学', 'university'],
    ['Central South University', 'university'],
    ['湖南大学衡阳研究院', 'research'],
    ['湖南省农业科学院', 'research'],
    ['中国科学院金属研究所', 'research'],
    ['衡阳市农业科学研究所', 'research'],
    ['湖南省工程机械工程技术研究中心', 'research'],
    ['岳麓山实验室', 'research'],
    ['衡阳某某研究院有限公司', 'enterprise'],
    ['衡阳华菱钢管有限公司', 'enterprise'],
    ['特变电工衡阳变压器有限公司', 'enterprise'],
    ['国网湖南省电力有限公司(衡阳供电分公司)', 'enterprise'],
    ['中国核工业二七二铀业有限责任公司', 'enterprise'],
    ['湖南中烟工业有限责任公司衡阳卷烟厂', 'enterprise'],
    ['衡阳市某某农机专业合作社', 'enterprise'],
    ['衡阳某某投资中心(有限合伙)', 'enterprise'],
    ['中国建筑第五工程局集团', 'enterprise'],
    ['衡阳某某家庭农场', 'enterprise'],
    ['SANY Heavy Industry Co., Ltd.', 'enterprise'],
    ['パナソニック株式会社', 'enterprise'],
    ['衡阳某某科技', 'enterprise'],
    ['衡阳市科学技术局', 'agency'],
    ['衡阳市人民政府', 'agency'],
    ['衡阳市疾病预防控制中心', 'agency'],
    ['衡阳市中心医院', 'agency'],
    ['南华大学附属第一医院', 'agency'],
    ['衡阳县人民医院', 'agency'],
    ['衡阳市某某村民委员会', 'agency'],
    ['衡阳市机械工程学会', 'agency'],
    ['衡阳市第八中学', 'agency'],
    ['衡阳市某某职业中等专业学校', 'agency'],
    ['衡阳市水文水资源勘测站', 'agency'],
    ['张三', 'individual'],
    ['欧阳娜娜', 'individual'],
    ['王局', 'individual'],
    ['买买提·艾力', 'individual'],
    [' 李 四 ', 'individual'],
  ] as const)('reads %s as %s', (name, type) => {
    expect(applicantType(name)).toBe(type)
  })
})
