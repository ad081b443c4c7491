import type { Bulletin } from '@/domain/bulletin/bulletin'
import type { BulletinTextFailure } from '@/domain/bulletin/bulletinText'
import type { Indicator, Region } from '@/domain/catalogue'

/** Larger than any bulletin, even a Word file with its photographs: refused before a byte is read. */
export const MAX_BULLETIN_BYTES = 10 * 1024 * 1024

export type BulletinSource =
  { readonly kind: 'text'; readonly text: string } | { readonly kind: 'file'; readonly file: File }

export interface BulletinReadRequest {
  readonly id: number
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

export type BulletinReadResponse =
  | { readonly id: number; readonly ok: true; readonly bulletin: Bulletin }
  | { readonly id: number; readonly ok: false; readonly failure: BulletinReadFailure; readonly detail?: string }
