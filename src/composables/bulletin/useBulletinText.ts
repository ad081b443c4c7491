import type { Bulletin, BulletinItem } from '@/domain/bulletin/bulletin'
import { useLang } from '../useLang'

/** A bulletin's texts in the interface language (Chinese where no English was written). */
export function useBulletinText() {
  const lang = useLang()
  const pick = (zh: string, en: string) => (lang.value === 'en' && en ? en : zh)
  return {
    lang,
    title: (b: Bulletin) => pick(b.title, b.titleEn),
    issue: (b: Bulletin) => pick(b.issue, b.issueEn),
    intro: (b: Bulletin) => pick(b.intro, b.introEn),
    publisher: (b: Bulletin) => pick(b.publisher, b.publisherEn),
    itemTitle: (i: BulletinItem) => pick(i.title, i.titleEn),
    itemSummary: (i: BulletinItem) => pick(i.summary, i.summaryEn),
  }
}
