import { guessDialect } from '@/domain/csv/dialect'
import { tokenizeCsv, type CsvDialect } from '@/domain/csv/tokenizer'
import { LIMITS } from '@/domain/import/limits'

// Enough text to guess the delimiter and line break from several whole rows.
const GUESS_AT = 16 * 1024

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
  private buffer = ''
  private rows = 0

  constructor(private readonly onRows: (rows: string[][], firstIndex: number) => void) {}

  push(text: string) {
    if (this.tooLongRow !== null) return
    this.buffer += text
    if (!this.dialect && this.buffer.length < GUESS_AT) return
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
    if (this.buffer.length <= LIMITS.lineChars) return
    this.tooLongRow = this.rows + 1
    this.buffer = ''
  }

  private parse(last: boolean) {
    if (!this.buffer) return
    this.dialect ??= guessDialect(this.buffer.slice(0, GUESS_AT * 4))
    const { rows, cursor, unclosedQuote } = tokenizeCsv(this.buffer, this.dialect, last)
    if (unclosedQuote >= 0) this.unclosedQuoteRow = this.rows + unclosedQuote + 1
    this.buffer = last ? '' : this.buffer.slice(cursor)
    if (rows.length) {
      this.onRows(rows, this.rows)
      this.rows += rows.length
    }
  }
}
