import { halfWidth } from '../import/text'

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]

/** How many days a month has (February of leap years 29). */
function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)
  return month === 2 && leap ? 29 : (MONTH_DAYS[month - 1] ?? 0)
}

/** yyyymmdd of a valid calendar day, else 0. */
function dayNumber(year: number, month: number, day: number): number {
  if (!Number.isInteger(year) || year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return 0
  return day > daysInMonth(year, month) ? 0 : year * 10000 + month * 100 + day
}

const digit = (s: string, i: number) => s.charCodeAt(i) - 48

/** 2023-05-12, 2023.05.12, 2023/05/12: read by position, as a million rows of them are. */
function fixedDay(s: string): number | undefined {
  const sep = s.charAt(4)
  if (s.length !== 10 || s.charAt(7) !== sep || (sep !== '-' && sep !== '.' && sep !== '/')) return undefined
  let n = 0
  for (const i of [0, 1, 2, 3, 5, 6, 8, 9]) {
    const d = digit(s, i)
    if (d < 0 || d > 9) return undefined
    n = n * 10 + d
  }
  return dayNumber(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100) || undefined
}

// Excel counts days from 1899-12-30 (its 1900 leap day is a bug the serials already carry).
const EXCEL_EPOCH = Date.UTC(1899, 11, 30)
const DAY_MS = 86_400_000

function fromSerial(serial: number): number {
  const d = new Date(EXCEL_EPOCH + serial * DAY_MS)
  return d.getUTCFullYear() * 10000 + (d.getUTCMonth() + 1) * 100 + d.getUTCDate()
}

/**
 * A date cell as yyyymmdd: 2023.05.12, 2023-05-12, 2023/5/12, 2023年5月12日, 20230512, an Excel
 * serial (45058), or a time after the day ("2023-05-12 00:00:00"). '' is 0; an unreadable or
 * impossible day (2023-02-30) is undefined.
 */
export function readPatentDate(text: string): number | undefined {
  if (text === '') return 0
  const fixed = fixedDay(text)
  if (fixed !== undefined) return fixed
  const s = halfWidth(text).trim()
  if (s === '') return 0
  let m = /^(\d{4})[.\-/年](\d{1,2})[.\-/月](\d{1,2})日?(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$/.exec(s)
  if (m) return dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) || undefined
  m = /^(\d{4})(\d{2})(\d{2})$/.exec(s)
  if (m) return dayNumber(Number(m[1]), Number(m[2]), Number(m[3])) || undefined
  // Serials from 1980 (29221) to 2100 (73051): a patent list holds no other numbers in a date column.
  if (/^\d{5}(\.\d+)?$/.test(s)) {
    const serial = Math.floor(Number(s))
    return serial >= 29221 && serial <= 73051 ? fromSerial(serial) : undefined
  }
  return undefined
}

/** "2023-05-12" of 20230512. */
export function formatDay(day: number): string {
  const y = Math.floor(day / 10000)
  const mo = Math.floor(day / 100) % 100
  const d = day % 100
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/** Whether a yyyymmdd number is a calendar day (0, no date, is not). */
export const isDay = (n: number) => dayNumber(Math.floor(n / 10000), Math.floor(n / 100) % 100, n % 100) === n && n > 0

export const yearOfDay = (day: number) => Math.floor(day / 10000)
export const monthOfDay = (day: number) => Math.floor(day / 100) % 100
