import { guessDialect } from '@/domain/csv/dialect'
import { tokenizeCsv, type CsvDialect } from '@/domain/csv/tokenizer'
import { LIMITS } from '@/domain/import/limits'

// Enough text to guess the delimiter and line break from several whole rows.
const GUESS_AT = 16 * 1024
// Text is read in pieces of at most this many characters: joined to the row held back, each stays
// a small string (V8 allocates a string over 128 KB on pages of its own, several times slower).
const PIECE = 16 * 1024

/**
 * Splits streamed text into CSV rows (`tokenizeCsv`): quotes, CRLF, and a row cut at a chunk
 * boundary is held back until the rest of it arrives. The delimiter (comma, tab, semicolon, pipe)
 * and the line break are guessed from the first rows.
 */
export class CsvRowStream {
  /** Guessed once enough text has come. */
  dialect: CsvDialect | null = null
  /** A quote opened and never closed: the 1-based row where the rest of the file was swallowed. */
  unclosedQuoteRow: number | null = null
  /** A row longer than the importer reads: its 1-based row number; nothing more is parsed. */
  tooLongRow: number | null = null
  /**
   * The text not yet read, in the pieces it came in, joined only when read: V8 reads a string
   * built up by `+=` (a rope) several times slower than the flat one `join` makes.
   */
  private pieces: string[] = []
  private length = 0
  private rows = 0

  constructor(private readonly onRows: (rows: string[][], firstIndex: number) => void) {}

  push(text: string) {
    for (let i = 0; i < text.length; i += PIECE) this.pushPiece(text.slice(i, i + PIECE))
  }

  private pushPiece(text: string) {
    if (this.tooLongRow !== null) return
    this.pieces.push(text)
    this.length += text.length
    if (!this.dialect && this.length < GUESS_AT) return
    // A row held back ends only at a line break: text without one waits, instead of the growing
    // row being parsed again at every chunk (quadratic on a file of one huge line).
    if (this.dialect && !text.includes('\n') && !text.includes('\r')) this.checkLength()
    else {
      this.parse(false)
      this.checkLength()
    }
  }

  end() {
    if (this.tooLongRow === null) this.parse(true)
  }

  private checkLength() {
    if (this.length <= LIMITS.lineChars) return
    this.tooLongRow = this.rows + 1
    this.pieces = []
    this.length = 0
  }

  private parse(last: boolean) {
    const text = this.pieces.join('')
    if (!text) return
    this.dialect ??= guessDialect(text.slice(0, GUESS_AT * 4))
    const { rows, cursor, unclosedQuote } = tokenizeCsv(text, this.dialect, last)
    if (unclosedQuote >= 0) this.unclosedQuoteRow = this.rows + unclosedQuote + 1
    const rest = last ? '' : text.slice(cursor)
    this.pieces = rest ? [rest] : []
    this.length = rest.length
    if (rows.length) {
      this.onRows(rows, this.rows)
      this.rows += rows.length
    }
  }
}
