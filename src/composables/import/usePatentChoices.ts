import { watch } from 'vue'
import type { PatentListMapping } from '@/domain/patents/records'
import type { PatentChoices } from '@/io/import/importTypes'
import { usePatentAnswersStore } from '@/stores/patentAnswers'
import { usePlaceLookupStore } from '@/stores/placeLookup'

/** What a patent list is read with besides its file: its columns as the analyst set them, and the answers kept in this browser. */
export function usePatentChoices() {
  const answers = usePatentAnswersStore()
  const lookup = usePlaceLookupStore()
  const kept = () => ({ statusWords: answers.statusWords, applicantTypes: answers.applicantTypes, places: lookup.text })
  return {
    choices: (mapping: PatentListMapping | undefined): PatentChoices => ({
      ...kept(),
      ...(mapping ? { mapping } : {}),
    }),
    /** Calls `then` when an answer kept for every list changes. */
    onChange: (then: () => void) => watch(kept, then),
  }
}
