import { useImportCommit } from './useImportCommit'
import { useImportQueue } from './useImportQueue'

/** The files an analyst is checking: read in the worker, previewed, fixed, then imported or dropped. */
export function useImportSession() {
  return { ...useImportQueue(), ...useImportCommit() }
}
