import type { PublishRequest } from '../../../contract/api'
import placesCsv from '../../../data/places.csv?raw'

/** Bytes gzip-compressed by the browser's own stream, off the page's JavaScript. */
async function gzipped(bytes: Uint8Array): Promise<Blob> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('gzip'))
  return new Response(stream).blob()
}

/** A blob as base64, read natively: a 20 MB file is no 20 MB string built a character at a time. */
function base64Of(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader()
    reader.onload = () => resolve((typeof reader.result === 'string' ? reader.result : '').replace(/^data:[^,]*,/, ''))
    reader.onerror = () => reject(reader.error ?? new Error('FileReader failed'))
    reader.readAsDataURL(blob)
  })
}

/**
 * What a publish carries for a patent list: its records file, gzip-compressed in base64 (a million
 * records, about 90 MB, travel as about 28 MB: within the server's body limit), and the place
 * lookup the records were placed with (the office's own unless the analyst edited it).
 */
export async function patentsUpload(
  records: Uint8Array,
  places: string = placesCsv,
): Promise<Pick<PublishRequest, 'patents' | 'places'>> {
  return { patents: await base64Of(await gzipped(records)), places }
}
