import { defineStore } from 'pinia'
import { computed } from 'vue'
import { useLocalStorage } from '@vueuse/core'
import { APPLICANT_TYPES, type ApplicantType } from '@/domain/patents/applicant'
import { PATENT_STATES, type PatentState } from '@/domain/patents/records'

const STORAGE = { listenToStorageChanges: false, onError: () => undefined }
// 'unknown' is what a word nobody answered stands for: no answer.
const ANSWERS = PATENT_STATES.filter((s) => s !== 'unknown')

/** Entries whose value is one of `allowed`: storage another program wrote holds nothing else. */
const only = <T extends string>(entries: Record<string, string>, allowed: readonly T[]): Record<string, T> =>
  Object.fromEntries(Object.entries(entries).filter((e): e is [string, T] => allowed.includes(e[1] as T)))

/**
 * The analyst's answers about patent lists, kept in this browser for the next import: what a
 * legal-status word means, and an applicant's type where its name misleads.
 */
export const usePatentAnswersStore = defineStore('patentAnswers', () => {
  const statusWords = useLocalStorage<Record<string, string>>('ip-dashboard.patents.status-words', {}, STORAGE)
  const applicantTypes = useLocalStorage<Record<string, string>>('ip-dashboard.patents.applicant-types', {}, STORAGE)

  const without = (entries: Record<string, string>, key: string) =>
    Object.fromEntries(Object.entries(entries).filter(([k]) => k !== key))

  return {
    statusWords: computed(() => only(statusWords.value, ANSWERS)),
    applicantTypes: computed(() => only(applicantTypes.value, APPLICANT_TYPES)),
    /** A status word's meaning; null forgets the answer, and the word is asked about again. */
    answer(word: string, state: PatentState | null) {
      statusWords.value = state ? { ...statusWords.value, [word]: state } : without(statusWords.value, word)
    },
    /** An applicant's type; null goes back to the type its name says. */
    setType(name: string, type: ApplicantType | null) {
      applicantTypes.value = type ? { ...applicantTypes.value, [name]: type } : without(applicantTypes.value, name)
    },
  }
})
