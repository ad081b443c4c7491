/** Word files of bulletins for tests and the bench, written with the `docx` package. */
import { Document, ImageRun, Packer, Paragraph, TextRun } from 'docx'

const docxOf = async (children: Paragraph[]) =>
  new Uint8Array(await Packer.toArrayBuffer(new Document({ sections: [{ children }] })))

/** A bulletin's text as a Word file: one paragraph a line, as the office's Word files have it. */
export function bulletinDocx(text: string): Promise<Uint8Array> {
  return docxOf(text.split(/\r?\n/).map((line) => new Paragraph({ children: [new TextRun(line)] })))
}

// A 1×1 PNG: a scan pasted into Word, with no text a reader could take.
const PIXEL = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg=='),
  (c) => c.charCodeAt(0),
)

/** A Word file holding only a picture. */
export function pictureOnlyDocx(): Promise<Uint8Array> {
  return docxOf([
    new Paragraph({
      children: [new ImageRun({ type: 'png', data: PIXEL, transformation: { width: 600, height: 800 } })],
    }),
  ])
}
