import { APPLICANT_TYPES, applicantType, type ApplicantType } from './applicant'
import type { PatentRecords } from './records'

/**
 * Each applicant's type (an index into APPLICANT_TYPES), read from its name unless the analyst
 * said otherwise: `overrides` maps an applicant's name, as records keep it, to its type.
 */
export function applicantTypesOf(records: PatentRecords, overrides?: ReadonlyMap<string, ApplicantType>): Uint8Array {
  return Uint8Array.from(records.applicants, (name) =>
    APPLICANT_TYPES.indexOf(overrides?.get(name) ?? applicantType(name)),
  )
}
