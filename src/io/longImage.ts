import type { LongImageModel } from '@/composables/overview/longImageModel'
import { drawMarks } from './watermark'

/** A chat window shows a picture about this wide at full size on a phone. */
const LONG_IMAGE_WIDTH = 1080
const PAD = 48
const INNER = LONG_IMAGE_WIDTH - 2 * PAD
const GAP = 24
const COLOURS = {
  text: '#1f2937',
  muted: '#6b7280',
  brand: '#1d4ed8',
  line: '#e5e7eb',
  card: '#f8fafc',
  warn: '#b45309',
}

/** Chinese breaks between any two characters, other scripts between words. */
function tokens(text: string): string[] {
  return text.match(/[\p{Script=Han}\p{P}\p{S}]|[^\s\p{Script=Han}\p{P}\p{S}]+\s*|\s+/gu) ?? []
}

/** The lines a text takes at a width: nothing is cut, a word longer than a line is split. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = []
  let line = ''
  for (const token of tokens(text)) {
    if (ctx.measureText(line + token).width <= width || !line.trim()) line += token
    else {
      lines.push(line.trimEnd())
      line = token.trimStart()
    }
    while (ctx.measureText(line).width > width && line.length > 1) {
      let cut = line.length - 1
      while (cut > 1 && ctx.measureText(line.slice(0, cut)).width > width) cut--
      lines.push(line.slice(0, cut))
      line = line.slice(cut)
    }
  }
  if (line.trim()) lines.push(line.trimEnd())
  return lines
}

/**
 * Lays the image out from its top, drawing only when `draw` is set: the first pass measures the
 * height the canvas needs, the second draws on it.
 */
class Flow {
  y = PAD
  constructor(
    readonly ctx: CanvasRenderingContext2D,
    readonly family: string,
    public draw: boolean,
  ) {}

  text(text: string, size: number, colour: string, x = PAD, width = INNER, weight = 400) {
    const { ctx } = this
    ctx.font = `${weight} ${size}px ${this.family}`
    const lines = wrap(ctx, text, width)
    const height = size * 1.45
    for (const line of lines) {
      if (this.draw) {
        ctx.fillStyle = colour
        ctx.fillText(line, x, this.y + size)
      }
      this.y += height
    }
  }

  heading(text: string) {
    this.y += GAP
    if (this.draw) {
      this.ctx.fillStyle = COLOURS.brand
      this.ctx.fillRect(PAD, this.y + 6, 6, 30)
    }
    this.text(text, 32, COLOURS.text, PAD + 18, INNER - 18, 700)
    this.y += 8
  }
}

/** Writes one row of cards from `top`; returns where it ends. */
function cardRow(flow: Flow, cards: LongImageModel['kpis'], top: number, width: number): number {
  let bottom = top
  for (const [j, k] of cards.entries()) {
    const x = PAD + j * (width + GAP) + 20
    const w = width - 40
    flow.y = top + 18
    flow.text(k.name, 26, COLOURS.muted, x, w, 600)
    flow.text(`${k.figure} ${k.unit}`, 48, COLOURS.text, x, w, 700)
    flow.text(k.period, 24, COLOURS.muted, x, w)
    flow.text(k.change, 24, COLOURS.text, x, w)
    for (const extra of k.extras) flow.text(extra, 22, COLOURS.muted, x, w)
    bottom = Math.max(bottom, flow.y + 18)
  }
  return bottom
}

/** The KPI cards two to a row, each row as tall as its longer card. */
function kpiCards(flow: Flow, model: LongImageModel) {
  const width = (INNER - GAP) / 2
  for (let i = 0; i < model.kpis.length; i += 2) {
    const cards = model.kpis.slice(i, i + 2)
    const top = flow.y
    const drawing = flow.draw
    flow.draw = false
    const bottom = cardRow(flow, cards, top, width)
    flow.draw = drawing
    if (drawing) {
      flow.ctx.fillStyle = COLOURS.card
      for (const j of cards.keys()) flow.ctx.fillRect(PAD + j * (width + GAP), top, width, bottom - top)
    }
    cardRow(flow, cards, top, width)
    flow.y = bottom + GAP
  }
}

function layout(flow: Flow, model: LongImageModel, chart: ImageBitmap | undefined) {
  flow.text(model.title, 44, COLOURS.text, PAD, INNER, 700)
  flow.text(model.made, 24, COLOURS.muted)
  flow.y += GAP
  kpiCards(flow, model)
  flow.heading(model.narrativeTitle)
  for (const s of model.narrative) {
    flow.text(s, 28, COLOURS.text)
    flow.y += 10
  }
  if (chart) {
    flow.heading(model.trendTitle)
    if (flow.draw) flow.ctx.drawImage(chart, PAD, flow.y, INNER, (INNER * chart.height) / chart.width)
    flow.y += (INNER * chart.height) / chart.width
  }
  flow.heading(model.warningsTitle)
  for (const w of model.warnings) {
    flow.text(`⚠ ${w}`, 26, COLOURS.warn)
    flow.y += 8
  }
  flow.heading(model.footTitle)
  for (const f of model.foot) flow.text(f, 22, COLOURS.muted)
  flow.text(model.note, 22, COLOURS.muted)
  flow.y += PAD
}

/** Draws the overview as one tall PNG, in the fonts the page uses. */
export async function drawLongImage(
  model: LongImageModel,
  chart: Blob | undefined,
  mark: string | null,
): Promise<Blob> {
  const family = getComputedStyle(document.documentElement).fontFamily
  const bitmap = chart && (await createImageBitmap(chart))
  const canvas = document.createElement('canvas')
  canvas.width = LONG_IMAGE_WIDTH
  const measuring = canvas.getContext('2d')
  if (!measuring) throw new Error('no 2D canvas')
  const measure = new Flow(measuring, family, false)
  layout(measure, model, bitmap)
  canvas.height = Math.ceil(measure.y)
  // Resizing a canvas resets its context: take it again.
  const ctx = canvas.getContext('2d')
  if (!ctx) throw new Error('no 2D canvas')
  ctx.fillStyle = '#ffffff'
  ctx.fillRect(0, 0, canvas.width, canvas.height)
  layout(new Flow(ctx, family, true), model, bitmap)
  // Over the drawing, translucent: the figures stay legible under it.
  if (mark) drawMarks(ctx, canvas.width, canvas.height, mark, 1.5)
  return new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the image could not be encoded'))), 'image/png'),
  )
}
