/**
 * The tiled watermark (内部资料 · who · when), drawn over a picture: light grey, translucent and
 * turned, so that every figure under it stays legible and the mark cannot be cropped away whole.
 */

/** Space between marks, and their size, for a picture at `scale` times CSS pixels. */
const STEP_X = 360
const STEP_Y = 180
const FONT_PX = 18
const ANGLE = (-24 * Math.PI) / 180
const INK = 'rgba(90, 100, 120, 0.16)'

/** Tiles the mark over a `width`×`height` canvas context; `scale` is its pixels per CSS pixel. */
export function drawMarks(ctx: CanvasRenderingContext2D, width: number, height: number, text: string, scale = 1) {
  ctx.save()
  ctx.fillStyle = INK
  ctx.font = `${FONT_PX * scale}px ${getComputedStyle(document.documentElement).fontFamily}`
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  const dx = STEP_X * scale
  const dy = STEP_Y * scale
  for (let row = 0, y = dy / 2; y < height + dy; row++, y += dy)
    for (let x = (row % 2) * (dx / 2); x < width + dx; x += dx) {
      ctx.save()
      ctx.translate(x, y)
      ctx.rotate(ANGLE)
      ctx.fillText(text, 0, 0)
      ctx.restore()
    }
  ctx.restore()
}

/** One tile of the mark, as a PNG data URL to repeat behind a page (on screen and in print). */
export function markTile(text: string): string {
  const canvas = document.createElement('canvas')
  const ratio = Math.max(1, Math.round(window.devicePixelRatio || 1))
  canvas.width = STEP_X * ratio
  canvas.height = STEP_Y * ratio
  const ctx = canvas.getContext('2d')
  if (!ctx) return ''
  ctx.save()
  ctx.fillStyle = INK
  ctx.font = `${FONT_PX * ratio}px ${getComputedStyle(document.documentElement).fontFamily}`
  ctx.textAlign = 'center'
  ctx.textBaseline = 'middle'
  ctx.translate(canvas.width / 2, canvas.height / 2)
  ctx.rotate(ANGLE)
  ctx.fillText(text, 0, 0)
  ctx.restore()
  return canvas.toDataURL('image/png')
}

/** A PNG (as a data URL) with the mark tiled over it; `scale` is its pixels per CSS pixel. */
export async function markedPng(url: string, text: string, scale: number): Promise<string> {
  const image = new Image()
  image.src = url
  await image.decode()
  const canvas = document.createElement('canvas')
  canvas.width = image.naturalWidth
  canvas.height = image.naturalHeight
  const ctx = canvas.getContext('2d')
  if (!ctx) return url
  ctx.drawImage(image, 0, 0)
  drawMarks(ctx, canvas.width, canvas.height, text, scale)
  return canvas.toDataURL('image/png')
}
