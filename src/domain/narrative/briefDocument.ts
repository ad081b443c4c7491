import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  ImageRun,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type IRunOptions,
} from 'docx'
import type { Brief } from './brief'

/** A chart drawn for the brief: a PNG and the size it is drawn at on the page, in CSS pixels. */
export interface BriefChart {
  readonly title: string
  readonly png: ArrayBuffer
  readonly width: number
  readonly height: number
}

// 公文 type: 仿宋 for the body and 黑体 for headings, each named as Windows and older Chinese systems
// name them (Word falls back on the Latin name where the Chinese one is missing).
const BODY_FONT = { ascii: 'FangSong', hAnsi: 'FangSong', eastAsia: '仿宋_GB2312', cs: 'FangSong' }
const HEADING_FONT = { ascii: 'SimHei', hAnsi: 'SimHei', eastAsia: '黑体', cs: 'SimHei' }
/** Half-points: 三号 (16 pt) body and headings, 二号 (22 pt) title, 小四 (12 pt) notes, 五号 (10.5 pt) tables. */
const SIZE = { body: 32, title: 44, small: 24, table: 21 }
// A4 in twips, with the margins of the national standard for official documents (GB/T 9704).
const A4 = { width: 11906, height: 16838 }
const MARGIN = { top: 2098, bottom: 1984, left: 1587, right: 1474 }
/** Fixed 28 pt lines, as 公文 are set. */
const LINE = { line: 560, lineRule: LineRuleType.EXACT }
const RED = 'C00000'

const body = (text: string, options: Partial<IRunOptions> = {}) =>
  new TextRun({ text, font: BODY_FONT, size: SIZE.body, ...options })

function heading(text: string): Paragraph {
  return new Paragraph({
    heading: HeadingLevel.HEADING_1,
    keepNext: true,
    keepLines: true,
    spacing: { ...LINE, before: 240 },
    children: [new TextRun({ text, font: HEADING_FONT, size: SIZE.body, color: '000000' })],
  })
}

/**
 * How a body paragraph is set in the brief's language: Chinese justified with a two-character
 * indent, as 公文 are; English ragged right (justified Latin text leaves gaps at this size).
 */
const PROSE = {
  zh: { indent: { firstLine: 640 }, alignment: AlignmentType.JUSTIFIED },
  en: { spacing: { ...LINE, after: 120 }, alignment: AlignmentType.LEFT },
} as const

const paragraphOf =
  (lang: Brief['lang']) =>
  (...runs: TextRun[]) =>
    new Paragraph({ spacing: LINE, ...PROSE[lang], children: runs })

function masthead(brief: Brief): Paragraph[] {
  const line = { style: BorderStyle.SINGLE, size: 18, color: RED, space: 6 }
  const mark = brief.mark
    ? [new Paragraph({ children: [new TextRun({ text: brief.mark, font: HEADING_FONT, size: SIZE.small })] })]
    : []
  return [
    ...mark,
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 240 },
      children: [new TextRun({ text: brief.title, font: HEADING_FONT, size: SIZE.title, color: RED, bold: true })],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      border: { bottom: line },
      spacing: { after: 360 },
      children: [
        ...(brief.issuer ? [body(brief.issuer, { size: SIZE.small }), new TextRun({ break: 1 })] : []),
        body(brief.date, { size: SIZE.small }),
      ],
    }),
  ]
}

/** The table's columns in twips, together the text width: indicator, period, value, unit, source. */
const COLUMNS = [2000, 1550, 1000, 900, A4.width - MARGIN.left - MARGIN.right - 5450]

function figuresTable(brief: Brief): Table {
  const cell = (text: string, column: number, header: boolean) =>
    new TableCell({
      width: { size: COLUMNS[column] ?? 0, type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      children: [
        new Paragraph({
          alignment: column === 2 && !header ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [
            new TextRun({ text, font: header ? HEADING_FONT : BODY_FONT, size: column === 4 ? 18 : SIZE.table }),
          ],
        }),
      ],
    })
  return new Table({
    width: { size: COLUMNS.reduce((a, b) => a + b, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    columnWidths: COLUMNS,
    rows: [
      new TableRow({ tableHeader: true, children: brief.table.columns.map((c, i) => cell(c, i, true)) }),
      ...brief.table.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((c, i) => cell(c, i, false)) })),
    ],
  })
}

function chartBlock(chart: BriefChart): Paragraph[] {
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data: chart.png,
          transformation: { width: chart.width, height: chart.height },
          altText: { name: chart.title, title: chart.title, description: chart.title },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 200 },
      children: [body(chart.title, { size: SIZE.small })],
    }),
  ]
}

const eventDate = (date: string) => new TextRun({ text: `${date}　`, font: HEADING_FONT, size: SIZE.body })

/** Light grey, as Word's own watermarks are: the mark runs across every page's head and foot. */
const WATERMARK_GREY = 'BFBFBF'

const watermarkLine = (text: string) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ text: `${text}　　${text}`, font: BODY_FONT, size: SIZE.small, color: WATERMARK_GREY })],
  })

function footer(brief: Brief): Footer {
  const [before = '', after = ''] = brief.page.split('{page}')
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ font: BODY_FONT, size: SIZE.small, children: [before, PageNumber.CURRENT, after] })],
      }),
      ...(brief.watermark ? [watermarkLine(brief.watermark)] : []),
    ],
  })
}

/** The Word document of a brief: A4, 公文 type, a page number in every footer. */
function briefDocument(brief: Brief, charts: readonly BriefChart[]): Document {
  const h = brief.headings
  const paragraph = paragraphOf(brief.lang)
  const text = (t: string) => paragraph(body(t))
  const children = [
    ...masthead(brief),
    heading(h.statistics),
    ...brief.statistics.map(text),
    ...(charts.length ? [heading(h.charts), ...charts.flatMap(chartBlock)] : []),
    heading(h.figures),
    figuresTable(brief),
    ...(brief.events
      ? [
          heading(h.events),
          text(brief.events.from),
          ...brief.events.items.map((i) => paragraph(eventDate(i.date), body(i.title))),
        ]
      : []),
    ...(brief.warnings.length ? [heading(h.warnings), ...brief.warnings.map(text)] : []),
  ]
  return new Document({
    creator: brief.issuer ?? '',
    title: brief.title,
    styles: { default: { document: { run: { font: BODY_FONT, size: SIZE.body } } } },
    sections: [
      {
        properties: { page: { size: A4, margin: { ...MARGIN, footer: 992 } } },
        footers: { default: footer(brief) },
        ...(brief.watermark
          ? { headers: { default: new Header({ children: [watermarkLine(brief.watermark)] }) } }
          : {}),
        children,
      },
    ],
  })
}

/** The brief as the bytes of a .docx file. */
export function packBrief(brief: Brief, charts: readonly BriefChart[]): Promise<ArrayBuffer> {
  return Packer.toArrayBuffer(briefDocument(brief, charts))
}
