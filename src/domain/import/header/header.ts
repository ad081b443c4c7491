import type { Catalogue } from '../../catalogue'
import { cleanCell } from '../text'
import { findPeriodHint, parsePeriodText, splitLabelPeriod, type LabelPeriod, type PeriodHint } from './periodText'

export interface HeaderCell {
  /** The name without its unit or period remark: "专利授权量" of "专利授权量（件）". */
  readonly name: string
  /** A unit in brackets, if any: "件", "万件", "件/万人". */
  readonly unit: string
  /** Months or a period named in brackets: "(1-8月)", "(8月)". */
  readonly hint: PeriodHint
  /** A period printed before or after the name: "2023年" of "2023年专利授权量（件）". */
  readonly period?: LabelPeriod
}

// Units a header may name in brackets, with an optional 万/亿/千 multiplier.
const UNIT = /^(?:[万亿千]?(?:件|个|项|人|家|户|次|元|篇|人次)(?:\/万人)?|件\/万人|%)$/

/**
 * Splits "当年授权量(1-8月)", "常住人口（万人）", "有效注册商标(万件)", "2023年专利授权量（件）" into
 * name, unit and period, whatever order a label prints them in.
 */
export function parseHeader(raw: string): HeaderCell {
  const text = cleanCell(raw)
  let name = text
  let unit = ''
  let hint: PeriodHint = {}
  for (const m of text.matchAll(/[([]([^)\]]*)[)\]]/g)) {
    const inside = (m[1] ?? '').trim()
    const h = findPeriodHint(`(${inside})`)
    // "专利授权量（2023年）": a whole period in brackets is read as if printed after the name.
    if (parsePeriodText(inside)) {
      name = name.replace(m[0], inside)
      continue
    }
    if (/月/.test(inside) && (h.from !== undefined || h.month !== undefined)) hint = h
    else if (UNIT.test(inside)) unit = inside
    else continue
    name = name.replace(m[0], '')
  }
  const split = splitLabelPeriod(name.trim())
  return split.period ? { name: split.name, unit, hint, period: split.period } : { name: split.name, unit, hint }
}

/**
 * The indicator a header names: the whole header ("职务-大专院校"), else the longest tail of it under
 * merged groups ("当月授权量-非职务-个人" → 非职务-个人; "分类-发明" → 发明).
 */
export function resolveHeaderIndicator(catalogue: Catalogue, name: string, family?: string) {
  const parts = name.split('-')
  for (let i = 0; i < parts.length; i++) {
    const found = catalogue.resolveIndicator(parts.slice(i).join('-'), family)
    if (found) return found
  }
  // A group's own total printed as 合计, 小计 or 总计 under it ("职务-合计") is the group's total,
  // however the catalogue words it (职务总计).
  const [group, total] = parts.slice(-2)
  if (parts.length >= 2 && group && total && GROUP_TOTALS.includes(total))
    for (const word of GROUP_TOTALS) {
      const found = catalogue.resolveIndicator(`${group}${word}`, family)
      if (found) return found
    }
  return undefined
}

const GROUP_TOTALS = ['合计', '小计', '总计']

/** "专利授权量同比增长", "增长率", "环比增速": a change against another period, not a figure of its own. */
const GROWTH =
  /(?:同比|环比|比上年|较上年|比去年|较去年|比上月)(?:增长|增速|增幅|下降|减少)?率?$|(?:增长率?|增速|增幅)$/

/** Whether a label the catalogue does not know names a growth rate (the dashboard computes those). */
export const namesGrowth = (name: string) => GROWTH.test(name)

/** Names of columns that are not figures but say what a row is about (long and record layouts). */
const ROLE_NAMES = {
  region: ['地区', '区域', '地市', '城市', '市州', '行政区划', '行政区', '单位名称', 'region', 'area', 'city'],
  period: [
    '时期',
    '时间',
    '年份',
    '年度',
    '期间',
    '统计期',
    '统计时间',
    '日期',
    '月份',
    'period',
    'year',
    'date',
    'month',
  ],
  indicator: ['指标', '指标名称', '项目', '名称', 'indicator', 'item', 'measure'],
  value: ['数值', '值', '数量', '数据', '总量', 'value', 'amount', 'count'],
  unit: ['单位', '计量单位', 'unit'],
  status: ['状态', '类型', '口径', 'status', 'type'],
  source: ['来源', '出处', '数据来源', 'source', 'url'],
  note: ['备注', '说明', '注释', 'note', 'notes', 'remark'],
  rank: ['rank', 'ranking'],
  ignore: ['序号', 'no', 'no.', '#'],
} as const

/** "排名", "位次", "全省排名", "专利密度排名": a rank, of the column named before the word, if any. */
const RANK_WORD = /(?:全[省市])?(?:排名|名次|位次|排位)$/

export type NamedRole = keyof typeof ROLE_NAMES

export function roleNamed(name: string): NamedRole | undefined {
  const key = name.replace(/\s+/g, '').toLowerCase()
  const role = (Object.keys(ROLE_NAMES) as NamedRole[]).find((r) => (ROLE_NAMES[r] as readonly string[]).includes(key))
  return role ?? (RANK_WORD.test(key) ? 'rank' : undefined)
}

/** What a rank header names as ranked: "专利密度" of "专利密度排名", "" of "排名". */
export const rankedName = (name: string) => name.replace(/\s+/g, '').replace(RANK_WORD, '').replace(/-$/, '')
