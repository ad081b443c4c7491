import type { Bulletin } from '@/domain/bulletin/bulletin'
import type { BulletinTextFailure } from '@/domain/bulletin/bulletinText'
import type { Indicator, Region } from '@/domain/catalogue'

/** Larger than any bulletin, even a Word file with its photographs: refused before a byte is read. */
export const MAX_BULLETIN_BYTES = 10 * 1024 * 1024

export type BulletinSource =
  { readonly kind: 'text'; readonly text: string } | { readonly kind: 'file'; readonly file: File }

/** A paste or a file to read in the bulletin worker, with the catalogue its names are matched against. */
export interface BulletinRequest {
  readonly source: BulletinSource
  readonly indicators: readonly Indicator[]
  readonly regions: readonly Region[]
  readonly homeRegion: string
}

/** Why a bulletin could not be read; each has its message in both languages (`bulletinAdd.failure.*`). */
export type BulletinReadFailure =
  | BulletinTextFailure
  | 'tooLarge'
  | 'notText'
  | 'unknownType'
  | 'docxUnreadable'
  | 'docxNoText'
  | 'badFormat'
  | 'unreadable'

/** What reading a paste or a file gives: a bulletin, or why there is none. */
export type BulletinFileReading =
  | { readonly ok: true; readonly bulletin: Bulletin }
  | { readonly ok: false; readonly failure: BulletinReadFailure; readonly detail?: string }
