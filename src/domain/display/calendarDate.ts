import { DATE_LOCALE, type Lang } from './lang'
import { perLang } from './formatters'

const DAY = perLang(
  (lang) =>
    new Intl.DateTimeFormat(DATE_LOCALE[lang], {
      ...(lang === 'zh'
        ? { year: 'numeric', month: 'long', day: 'numeric' }
        : { day: 'numeric', month: 'short', year: 'numeric' }),
      timeZone: 'UTC',
    }),
)
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/

/** A calendar date "2023-04-20" as "2023年4月20日" / "20 Apr 2023"; anything else stays as it is written. */
export function formatDate(iso: string, lang: Lang): string {
  const m = ISO_DAY.exec(iso)
  if (!m) return iso
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])]
  const time = Date.UTC(y, mo - 1, d)
  // Date.UTC rolls 30 February over into March; a day that does not exist is shown as written.
  return new Date(time).getUTCDate() === d && mo >= 1 && mo <= 12 ? DAY(lang).format(time) : iso
}

// Moments (a publish, an import, the clock) are read in the viewer's own time zone.
const moment = (options: Intl.DateTimeFormatOptions) =>
  perLang((lang) => new Intl.DateTimeFormat(DATE_LOCALE[lang], { ...options, hourCycle: 'h23' }))
const STAMP = moment({ dateStyle: 'medium', timeStyle: 'short' })
const CLOCK_OPTIONS: Intl.DateTimeFormatOptions = { hour: '2-digit', minute: '2-digit', second: '2-digit' }
const CLOCK = moment(CLOCK_OPTIONS)
const TODAY_OPTIONS: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'long', day: 'numeric', weekday: 'short' }
const TODAY = moment(TODAY_OPTIONS)

/** A moment as a list of events dates it: "2023年8月20日 14:05", "20 Aug 2023, 14:05". */
export function formatDateTime(time: number | string, lang: Lang): string {
  return STAMP(lang).format(new Date(time))
}

/** A wall clock: "14:05:00". */
export function formatClock(time: number, lang: Lang): string {
  return CLOCK(lang).format(time)
}

/** Today's date with its weekday, as a clock shows it: "2023年8月20日周日", "Sun, 20 August 2023". */
export function formatToday(time: number, lang: Lang): string {
  return TODAY(lang).format(time)
}
