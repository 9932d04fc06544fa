import {
  AlignmentType,
  Document,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Segment } from '../corpus/errata';
import { APP_NAME } from '../app';
import type { ExportBlock, Inline } from '../export/model';
import type { Brief } from './brief';

// The brief as a Word document, built with the `docx` package (the same code
// in the main process and in the web edition's page): headings, paragraphs,
// lists and tables as Word's own, corrections in italics beside the text as
// published, and the references as a numbered list at the end.

const REFERENCES = 'references';
/** Characters XML 1.0 cannot hold (control characters other than tab and newline). */
// eslint-disable-next-line no-control-regex -- these are exactly the characters to remove
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;

/** A run of text, one line, with only characters a Word document can hold. */
function text(
  value: string,
  options: { bold?: boolean; italics?: boolean; size?: number; superScript?: boolean } = {},
): TextRun {
  return new TextRun({ ...options, text: value.replace(NOT_XML, '').replace(/\s*\n\s*/g, ' ') });
}
const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3] as const;

function runs(segments: readonly Segment[]): TextRun[] {
  return segments.flatMap((s) =>
    'erratum' in s
      ? [text(s.text), text(` [corrected: ${s.erratum.corrected}]`, { italics: true })]
      : [text(s.text)],
  );
}

/** Text as published (line breaks kept), quoted where it is the source's words, then its source label. */
function inline(content: Inline, before: TextRun[] = []): TextRun[] {
  const body = runs(content.segments);
  return [
    ...before,
    ...(content.quoted ? [text('“'), ...body, text('”')] : body),
    ...(content.url ? [text(content.url)] : []),
    ...(content.source ? [text(` [${content.source}]`, { size: 18 })] : []),
  ];
}

/** Headings of a piece sit one level below the piece's own title (Heading 1). */
function block(b: ExportBlock): (Paragraph | Table)[] {
  switch (b.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[b.level - 1], children: [text(b.text)] })];
    case 'paragraph':
      return [new Paragraph({ children: inline(b.content) })];
    case 'list':
      // Ordered lists keep their published numbers ("I." for "1."), so they are written as text.
      return b.items.map((item, i) =>
        b.ordered
          ? new Paragraph({
              indent: { left: 567, hanging: 425 },
              children: inline(item.content, [
                ...runs([item.marker ?? { text: `${i + 1}.` }]),
                new TextRun('\t'),
              ]),
            })
          : new Paragraph({ bullet: { level: 0 }, children: inline(item.content) }),
      );
    case 'fields':
      return b.rows.map(
        (row) =>
          new Paragraph({
            bullet: { level: 0 },
            children: inline(row.content, [text(`${row.label}: `, { bold: true })]),
          }),
      );
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({
              tableHeader: true,
              children: b.columns.map(
                (c) =>
                  new TableCell({
                    children: [new Paragraph({ children: [text(c.label, { bold: true })] })],
                  }),
              ),
            }),
            ...b.rows.map(
              (row) =>
                new TableRow({
                  children: row.map(
                    (cell, i) =>
                      new TableCell({
                        children: [
                          new Paragraph({
                            alignment: b.columns[i]?.numeric ? AlignmentType.RIGHT : undefined,
                            children: inline(cell),
                          }),
                        ],
                      }),
                  ),
                }),
            ),
          ],
        }),
      ];
  }
}

function briefDocument(brief: Brief): Document {
  const pieces = brief.pieces.flatMap((piece) => [
    new Paragraph({
      heading: HeadingLevel.HEADING_1,
      children: [text(piece.title), text(` [${piece.number}]`, { superScript: true })],
    }),
    ...(piece.missing
      ? [
          new Paragraph({
            children: [
              text('This piece is not in the data pack the app has now (see its reference).', {
                italics: true,
              }),
            ],
          }),
        ]
      : piece.blocks.flatMap(block)),
  ]);
  return new Document({
    title: brief.title,
    creator: APP_NAME,
    description: brief.lead,
    numbering: {
      config: [
        {
          reference: REFERENCES,
          levels: [
            { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.START },
          ],
        },
      ],
    },
    sections: [
      {
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, children: [text(brief.title)] }),
          new Paragraph({ children: [text(brief.lead, { italics: true })] }),
          ...pieces,
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [text('References')] }),
          ...brief.references.map(
            (r) =>
              new Paragraph({
                numbering: { reference: REFERENCES, level: 0 },
                children: [text(r.text)],
              }),
          ),
        ],
      },
    ],
  });
}

/** The .docx file's bytes (a zip holding word/document.xml and its parts). */
export async function briefToDocx(brief: Brief): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(briefDocument(brief)));
}
